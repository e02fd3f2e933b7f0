/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import java.util.List;

/**
 * {@code NXAST_CT} (Nicira subtype 35, a multiple of 8 bytes, at least 24;
 * {@code ct(commit,force,zone=..,table=..,alg=..,exec(...),nat(...))} in {@code ovs-actions(7)}): send the packet
 * through the connection tracker, optionally committing it, in a zone given as an immediate value or taken from a
 * field, and recirculate it to a table. The nested actions ({@code exec(...)} and {@code nat(...)}) are ordinary
 * actions that follow the header and are counted in its length.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 35 (16) | flags (16) | zone_src (32) |
 *   | zone_ofs_nbits or zone_imm (16) | recirc_table (8) | pad (24) | alg (16) | actions ... |
 * </pre>
 * A {@code zone_src} of 0 means {@code zone_imm} is the zone. Open vSwitch answers {@code OFPBAC_BAD_ARGUMENT} for
 * {@code force} without {@code commit} or for nested actions other than an argument-less {@code nat} without
 * {@code commit}, and {@code OFPBAC_BAD_SET_LEN} for a zone subfield that is not 16 bits within its field.
 *
 * @param flags {@link #COMMIT}, {@link #FORCE}; other bits are kept as given
 * @param zone the conntrack zone
 * @param recircTable the table to recirculate to, {@link #NO_RECIRC} for none
 * @param alg the application-layer gateway, a well-known port such as 21 for FTP, 0 for none
 * @param actions the nested actions
 */
public record NxActionCt(int flags, Zone zone, int recircTable, int alg, List<OfAction> actions)
        implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 35;
    /** {@code NX_CT_F_COMMIT}: commit the connection to the tracker. */
    public static final int COMMIT = 1;
    /** {@code NX_CT_F_FORCE}: with commit, replace a connection in the other direction. */
    public static final int FORCE = 2;
    /** {@code NX_CT_RECIRC_NONE}: do not recirculate. */
    public static final int NO_RECIRC = 0xff;

    /**
     * Checks the widths and copies the actions.
     *
     * @throws IllegalArgumentException if a value does not fit, {@link #FORCE} comes without {@link #COMMIT}, or
     *     actions other than an argument-less {@code nat} come without {@link #COMMIT}
     */
    public NxActionCt {
        OfUnsigned.check("flags", flags, 16);
        OfUnsigned.check("recirc_table", recircTable, 8);
        OfUnsigned.check("alg", alg, 16);
        actions = List.copyOf(actions);
        if ((flags & (FORCE | COMMIT)) == FORCE) {
            throw new IllegalArgumentException("ct force needs commit");
        }
        if ((flags & COMMIT) == 0 && !actions.stream().allMatch(NxActionNat.existing()::equals)) {
            throw new IllegalArgumentException("ct actions other than an argument-less nat need commit");
        }
    }

    /**
     * The conntrack zone of a {@code ct} action.
     */
    public sealed interface Zone permits ImmediateZone, FieldZone {
        // Either an immediate value or 16 bits of a field.
    }

    /**
     * A zone given as a value ({@code zone=5}); on the wire {@code zone_src} is 0.
     *
     * @param zone the 16-bit zone
     */
    public record ImmediateZone(int zone) implements Zone {
        /** Zone 0, the default. */
        public static final ImmediateZone DEFAULT = new ImmediateZone(0);

        /**
         * Checks the zone fits in 16 bits.
         *
         * @throws IllegalArgumentException if it does not
         */
        public ImmediateZone {
            OfUnsigned.check("zone", zone, 16);
        }
    }

    /**
     * A zone taken from 16 bits of a field ({@code zone=NXM_NX_REG0[0..15]}).
     *
     * @param field the field, a 4-byte header
     * @param ofs the first of the 16 bits
     */
    public record FieldZone(NxFieldRef field, int ofs) implements Zone {
        /** The zone is always 16 bits wide. */
        public static final int NBITS = 16;

        /**
         * Checks the 16 bits lie within the field.
         *
         * @throws IllegalArgumentException if they do not, or the field has an experimenter header
         */
        public FieldZone {
            NxSubfields.check("zone", field, ofs, NBITS, NBITS);
            if (field.isExperimenter() || field.header() == 0) {
                throw new IllegalArgumentException("the zone field needs a nonzero 4-byte header: " + field);
            }
        }
    }
}
