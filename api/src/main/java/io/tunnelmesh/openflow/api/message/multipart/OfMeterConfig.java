/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.message.OfMeterBand;
import java.util.List;

/**
 * One meter of an {@link OfMeterConfigReply} (OpenFlow 1.3.5 section 7.3.5.13, {@code ofp_meter_config}): 8 bytes,
 * then the bands, the same {@link OfMeterBand}s as a meter mod carries; {@code length} counts them all.
 * <pre>
 *   | length (16) | flags (16) | meter_id (32) | ofp_meter_band_header ... |
 * </pre>
 *
 * @param flags the {@code ofp_meter_flags}: {@code OFPMF_KBPS} 1, {@code OFPMF_PKTPS} 2, {@code OFPMF_BURST} 4,
 *     {@code OFPMF_STATS} 8
 * @param meterId the meter
 * @param bands the bands
 */
public record OfMeterConfig(int flags, int meterId, List<OfMeterBand> bands) {
    /**
     * Checks the flags and copies the bands.
     *
     * @throws IllegalArgumentException if the flags do not fit 16 bits
     */
    public OfMeterConfig {
        OfUnsigned.check("flags", flags, 16);
        bands = List.copyOf(bands);
    }
}
