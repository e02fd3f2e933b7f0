/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;
import java.util.List;

/**
 * {@code NXT_TLV_TABLE_MOD} (Nicira experimenter message 24, {@code struct nx_tlv_table_mod}): adds, deletes or
 * clears mappings between Geneve options and {@code tun_metadata} fields, atomically; what
 * {@code ovs-ofctl add-tlv-map} and {@code del-tlv-map} send.
 * <pre>
 *   | header 8 | experimenter 0x00002320 | subtype 24 | command 16 | pad 48 | nx_tlv_map (8 bytes) ... |
 * </pre>
 *
 * @param xid the transaction id
 * @param command {@link #ADD}, {@link #DELETE} or {@link #CLEAR}, 16 bits (other values are kept as sent)
 * @param mappings the mappings, ignored by a switch for {@link #CLEAR}
 */
public record NxTlvTableMod(int xid, int command, List<NxTlvMap> mappings) implements OfExtensionMessage {
    /** {@code NXTTMC_ADD}: new mappings; fails if an option or index is already mapped. */
    public static final int ADD = 0;
    /** {@code NXTTMC_DELETE}: deletes the mappings of the given indexes. */
    public static final int DELETE = 1;
    /** {@code NXTTMC_CLEAR}: deletes every mapping. */
    public static final int CLEAR = 2;

    /**
     * Checks the command's width and copies the list.
     *
     * @throws IllegalArgumentException if the command does not fit in 16 bits
     */
    public NxTlvTableMod {
        OfUnsigned.check("NXT_TLV_TABLE_MOD command", command, 16);
        mappings = List.copyOf(mappings);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
