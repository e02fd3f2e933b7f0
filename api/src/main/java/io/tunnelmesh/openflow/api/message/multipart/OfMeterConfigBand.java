/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * One band of a meter configuration (OpenFlow 1.3.5 section 7.3.4.5, {@code ofp_meter_band_header} and its
 * variants, as carried by {@link OfMeterConfig}): a common header, then what the band type adds.
 * <pre>
 *   | type (16) | len (16) | rate (32) | burst_size (32) | type-specific (32 for the standard types) |
 * </pre>
 * The rate is in kb/s, or packets/s when the meter has {@code OFPMF_PKTPS}; the burst size in kb or packets.
 */
public sealed interface OfMeterConfigBand {
    /** {@code OFPMBT_DROP}. */
    int DROP = 1;
    /** {@code OFPMBT_DSCP_REMARK}. */
    int DSCP_REMARK = 2;
    /** {@code OFPMBT_EXPERIMENTER}. */
    int EXPERIMENTER = 0xffff;

    /**
     * The band's rate.
     *
     * @return the rate, unsigned
     */
    int rate();

    /**
     * The band's burst size.
     *
     * @return the burst size, unsigned
     */
    int burstSize();

    /**
     * {@code OFPMBT_DROP} ({@code ofp_meter_band_drop}, 16 bytes): drop packets above the rate.
     * <pre>
     *   | type = 1 | len = 16 | rate (32) | burst_size (32) | pad (32) |
     * </pre>
     *
     * @param rate the rate
     * @param burstSize the burst size
     */
    record Drop(int rate, int burstSize) implements OfMeterConfigBand {
    }

    /**
     * {@code OFPMBT_DSCP_REMARK} ({@code ofp_meter_band_dscp_remark}, 16 bytes): raise the drop precedence of the
     * DSCP of packets above the rate.
     * <pre>
     *   | type = 2 | len = 16 | rate (32) | burst_size (32) | prec_level (8) | pad (24) |
     * </pre>
     *
     * @param rate the rate
     * @param burstSize the burst size
     * @param precLevel the number of precedence levels to add
     */
    record DscpRemark(int rate, int burstSize, int precLevel) implements OfMeterConfigBand {
        /**
         * Checks the precedence level.
         *
         * @throws IllegalArgumentException if it does not fit 8 bits
         */
        public DscpRemark {
            OfUnsigned.check("prec_level", precLevel, 8);
        }
    }

    /**
     * {@code OFPMBT_EXPERIMENTER} ({@code ofp_meter_band_experimenter}): an experimenter band, its data opaque.
     * <pre>
     *   | type = 0xffff | len (16) | rate (32) | burst_size (32) | experimenter (32) | data ... |
     * </pre>
     *
     * @param rate the rate
     * @param burstSize the burst size
     * @param experimenter the experimenter id
     * @param data what follows the experimenter id
     */
    record Experimenter(int rate, int burstSize, int experimenter, OfBytes data) implements OfMeterConfigBand {
    }

    /**
     * A band of a type OpenFlow 1.3 does not define, kept so that it re-encodes byte for byte.
     *
     * @param type the band type
     * @param rate the rate
     * @param burstSize the burst size
     * @param data what follows the burst size
     */
    record Unknown(int type, int rate, int burstSize, OfBytes data) implements OfMeterConfigBand {
        /**
         * Checks the type is 16 bits and not a defined one.
         *
         * @throws IllegalArgumentException if it is
         */
        public Unknown {
            OfUnsigned.check("band type", type, 16);
            if (type == DROP || type == DSCP_REMARK || type == EXPERIMENTER) {
                throw new IllegalArgumentException("band type " + type + " is defined, use its record");
            }
        }
    }
}
