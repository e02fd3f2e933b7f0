/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

/**
 * {@code OFPMBT_DROP} (type 1, 16 bytes, {@code ofp_meter_band_drop}): drop packets above the rate.
 * <pre>
 *   | type = 1 (16) | len = 16 (16) | rate (32) | burst_size (32) | pad (32) |
 * </pre>
 *
 * @param rate the rate
 * @param burstSize the burst size
 */
public record OfMeterBandDrop(int rate, int burstSize) implements OfMeterBand {
    /** The band type. */
    public static final int TYPE = 1;
}
