/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import java.util.List;

/**
 * The {@code OFPMP_METER_CONFIG} reply (OpenFlow 1.3.5 section 7.3.5.13): an array of {@code ofp_meter_config}, one per
 * meter asked for (each with its own length).
 * <pre>
 *   | ofp_meter_config | ofp_meter_config | ... |
 * </pre>
 *
 * @param meters the entries, in wire order
 */
public record OfMeterConfigReply(List<OfMeterConfig> meters) implements OfMultipartReplyBody {
    /**
     * Copies the entries.
     */
    public OfMeterConfigReply {
        meters = List.copyOf(meters);
    }

    /**
     * A reply of the given entries.
     *
     * @param meters the entries
     * @return the reply
     */
    public static OfMeterConfigReply of(final OfMeterConfig... meters) {
        return new OfMeterConfigReply(List.of(meters));
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.METER_CONFIG;
    }
}
