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
 * {@code OFPQT_MAX_RATE} (property 2, 16 bytes, {@code ofp_queue_prop_max_rate}):
 * the maximum rate the queue may use, in
 * tenths of a percent of the port's rate.
 * <pre>
 *   | property = 2 (16) | len = 16 (16) | pad (32) | rate (16) | pad (48) |
 * </pre>
 *
 * @param rate the rate in tenths of a percent; above 1000, such as {@link #DISABLED}, the limit is disabled
 */
public record OfQueuePropMaxRate(int rate) implements OfQueueProperty {
    /** The property type. */
    public static final int TYPE = 2;

    /**
     * Checks the rate fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfQueuePropMaxRate {
        OfUnsigned.check("rate", rate, 16);
    }
}
