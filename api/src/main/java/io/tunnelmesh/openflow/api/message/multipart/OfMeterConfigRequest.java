/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_METER_CONFIG} request (OpenFlow 1.3.5 section 7.3.5.13, {@code ofp_meter_multipart_request}):
 * asks for the configuration (flags and bands) of one meter or of every meter.
 * <pre>
 *   | meter_id (32) | pad (32) |
 * </pre>
 *
 * @param meterId the meter, or {@value #ALL} ({@code OFPM_ALL}) for every meter
 */
public record OfMeterConfigRequest(int meterId) implements OfMultipartRequestBody {
    /** {@code OFPM_ALL}: every meter. */
    public static final int ALL = 0xffffffff;

    @Override
    public OfMultipartType type() {
        return OfMultipartType.METER_CONFIG;
    }
}
