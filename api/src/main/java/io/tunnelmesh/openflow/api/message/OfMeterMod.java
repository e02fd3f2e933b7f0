/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OFPT_METER_MOD} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.4.4, {@code ofp_meter_mod}): add, modify or
 * delete a meter. {@link #builder(int)} writes the common cases briefly, for example
 * {@code OfMeterMod.builder(1).kbps().burst().drop(1000, 100).build()}.
 * <pre>
 *   +----------------------+--------------+------------+----------------+
 *   | ofp_header (8 bytes) | command (16) | flags (16) | meter_id (32)  |
 *   +----------------------+--------------+------------+----------------+
 *   | meter bands ..., up to the message length                         |
 *   +-------------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param command the command
 * @param flags the {@code ofp_meter_flags}, such as {@link #KBPS}
 * @param meterId the meter, up to {@link #MAX}, or a virtual meter such as {@link #CONTROLLER}
 * @param bands the bands
 */
public record OfMeterMod(int xid, OfMeterModCommand command, int flags, int meterId, List<OfMeterBand> bands)
        implements OfMessage {
    /** {@code OFPMF_KBPS}: rates in kb/s. */
    public static final int KBPS = 1 << 0;
    /** {@code OFPMF_PKTPS}: rates in packets per second. */
    public static final int PKTPS = 1 << 1;
    /** {@code OFPMF_BURST}: apply the bands' burst sizes. */
    public static final int BURST = 1 << 2;
    /** {@code OFPMF_STATS}: collect statistics. */
    public static final int STATS = 1 << 3;
    /** {@code OFPM_MAX}: the last meter number a controller may use. */
    public static final int MAX = 0xffff0000;
    /** {@code OFPM_SLOWPATH}: the virtual meter of the slow datapath. */
    public static final int SLOWPATH = 0xfffffffd;
    /** {@code OFPM_CONTROLLER}: the virtual meter of packets sent to the controller. */
    public static final int CONTROLLER = 0xfffffffe;
    /** {@code OFPM_ALL}: every meter, for deletes. */
    public static final int ALL = 0xffffffff;

    /**
     * Checks the flags and copies the bands.
     *
     * @throws IllegalArgumentException if the flags do not fit in 16 bits
     */
    public OfMeterMod {
        OfUnsigned.check("flags", flags, 16);
        bands = List.copyOf(bands);
    }

    /**
     * A builder for an {@code OFPMC_ADD} of a meter, with no flags and no bands yet.
     *
     * @param meterId the meter
     * @return a new builder
     */
    public static Builder builder(final int meterId) {
        return new Builder(meterId);
    }

    /**
     * An {@code OFPMC_DELETE} with transaction id 0, as Open vSwitch writes it: no flags, no bands.
     *
     * @param meterId the meter, or {@link #ALL}
     * @return the message
     */
    public static OfMeterMod delete(final int meterId) {
        return new OfMeterMod(0, OfMeterModCommand.DELETE, 0, meterId, List.of());
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }

    /**
     * Builds a meter mod band by band; the bands keep the order they are added in.
     */
    public static final class Builder {
        private final List<OfMeterBand> bands = new ArrayList<>();
        private final int meterId;
        private OfMeterModCommand command = OfMeterModCommand.ADD;
        private int xid;
        private int flags;

        private Builder(final int meterId) {
            this.meterId = meterId;
        }

        /**
         * Sets the transaction id.
         *
         * @param newXid the id
         * @return this builder
         */
        public Builder xid(final int newXid) {
            xid = newXid;
            return this;
        }

        /**
         * Sets the command.
         *
         * @param newCommand the command
         * @return this builder
         */
        public Builder command(final OfMeterModCommand newCommand) {
            command = newCommand;
            return this;
        }

        /**
         * Sets {@link #KBPS}: rates in kb/s.
         *
         * @return this builder
         */
        public Builder kbps() {
            return flag(KBPS);
        }

        /**
         * Sets {@link #PKTPS}: rates in packets per second.
         *
         * @return this builder
         */
        public Builder pktps() {
            return flag(PKTPS);
        }

        /**
         * Sets {@link #BURST}: apply the burst sizes.
         *
         * @return this builder
         */
        public Builder burst() {
            return flag(BURST);
        }

        /**
         * Sets {@link #STATS}: collect statistics.
         *
         * @return this builder
         */
        public Builder stats() {
            return flag(STATS);
        }

        /**
         * Sets flag bits.
         *
         * @param bits the {@code ofp_meter_flags} to add
         * @return this builder
         */
        public Builder flag(final int bits) {
            flags |= bits;
            return this;
        }

        /**
         * Appends any band.
         *
         * @param band the band
         * @return this builder
         */
        public Builder band(final OfMeterBand band) {
            bands.add(band);
            return this;
        }

        /**
         * Appends a drop band.
         *
         * @param rate the rate
         * @param burstSize the burst size
         * @return this builder
         */
        public Builder drop(final int rate, final int burstSize) {
            return band(new OfMeterBandDrop(rate, burstSize));
        }

        /**
         * Appends a DSCP remark band.
         *
         * @param rate the rate
         * @param burstSize the burst size
         * @param precLevel by how much to raise the drop precedence
         * @return this builder
         */
        public Builder dscpRemark(final int rate, final int burstSize, final int precLevel) {
            return band(new OfMeterBandDscpRemark(rate, burstSize, precLevel));
        }

        /**
         * The meter mod.
         *
         * @return the message
         * @throws IllegalArgumentException if the flags do not fit in 16 bits
         */
        public OfMeterMod build() {
            return new OfMeterMod(xid, command, flags, meterId, bands);
        }
    }
}
