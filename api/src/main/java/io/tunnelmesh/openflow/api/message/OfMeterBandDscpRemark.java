/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * {@code OFPMBT_DSCP_REMARK} (type 2, 16 bytes, {@code ofp_meter_band_dscp_remark}): raise the drop precedence of the
 * DSCP of packets above the rate.
 * <pre>
 *   | type = 2 (16) | len = 16 (16) | rate (32) | burst_size (32) | prec_level (8) | pad (24) |
 * </pre>
 *
 * @param rate the rate
 * @param burstSize the burst size
 * @param precLevel by how much to raise the drop precedence
 */
public record OfMeterBandDscpRemark(int rate, int burstSize, int precLevel) implements OfMeterBand {
    /** The band type. */
    public static final int TYPE = 2;

    /**
     * Checks the precedence level fits in 8 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfMeterBandDscpRemark {
        OfUnsigned.check("prec_level", precLevel, 8);
    }
}
