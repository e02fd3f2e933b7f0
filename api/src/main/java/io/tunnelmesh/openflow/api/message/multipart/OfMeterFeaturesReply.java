/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * The {@code OFPMP_METER_FEATURES} reply (OpenFlow 1.3.5 section 7.3.5.14, {@code ofp_meter_features}, 16 bytes).
 * <pre>
 *   | max_meter (32) | band_types (32) | capabilities (32) | max_bands (8) | max_color (8) | pad (16) |
 * </pre>
 *
 * @param maxMeter the most meters, unsigned
 * @param bandTypes bitmap of {@code 1 << ofp_meter_band_type} supported
 * @param capabilities bitmap of {@code ofp_meter_flags} supported
 * @param maxBands the most bands per meter
 * @param maxColor the most colors per meter
 */
public record OfMeterFeaturesReply(int maxMeter, int bandTypes, int capabilities, int maxBands, int maxColor)
        implements OfMultipartReplyBody {
    /**
     * Checks the 8-bit fields.
     *
     * @throws IllegalArgumentException if one does not fit
     */
    public OfMeterFeaturesReply {
        OfUnsigned.check("max_bands", maxBands, 8);
        OfUnsigned.check("max_color", maxColor, 8);
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.METER_FEATURES;
    }
}
