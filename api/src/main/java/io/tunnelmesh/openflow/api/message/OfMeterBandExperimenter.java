/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * {@code OFPMBT_EXPERIMENTER} (type 0xffff, {@code ofp_meter_band_experimenter}): a band defined by an experimenter.
 * <pre>
 *   | type = 0xffff (16) | len (16) | rate (32) | burst_size (32) | experimenter (32) | data, up to len |
 * </pre>
 *
 * @param rate the rate
 * @param burstSize the burst size
 * @param experimenter the experimenter id
 * @param data the experimenter-defined bytes after the experimenter id
 */
public record OfMeterBandExperimenter(int rate, int burstSize, int experimenter, OfBytes data) implements OfMeterBand {
    /** The band type. */
    public static final int TYPE = 0xffff;

    /**
     * Checks the band fits its 16-bit length.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfMeterBandExperimenter {
        if (data.length() > 0xffff - 16) {
            throw new IllegalArgumentException("experimenter meter band data too long: " + data.length());
        }
    }
}
