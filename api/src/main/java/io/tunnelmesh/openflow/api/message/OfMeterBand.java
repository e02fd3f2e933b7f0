/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

/**
 * A meter band (OpenFlow 1.3.5 section 7.3.4.4, {@code ofp_meter_band_header}): what a meter does to packets above a
 * rate. Every band starts with the same 12 bytes; the standard bands are 16 bytes long.
 * <pre>
 *   +-----------+----------+-----------+-----------------+--------------------------+
 *   | type (16) | len (16) | rate (32) | burst_size (32) | type-specific, up to len |
 *   +-----------+----------+-----------+-----------------+--------------------------+
 * </pre>
 * A band of a type this library does not know is kept as {@link OfMeterBandUnknown} and re-encoded unchanged.
 */
public sealed interface OfMeterBand permits OfMeterBandDrop, OfMeterBandDscpRemark, OfMeterBandExperimenter,
        OfMeterBandUnknown {
    /**
     * The rate above which the band applies, in kb/s or packets per second as the meter's flags say.
     *
     * @return the rate, an unsigned 32-bit value
     */
    int rate();

    /**
     * The burst size, in kilobits or packets, used when the meter has {@code OFPMF_BURST}.
     *
     * @return the burst size, an unsigned 32-bit value
     */
    int burstSize();
}
