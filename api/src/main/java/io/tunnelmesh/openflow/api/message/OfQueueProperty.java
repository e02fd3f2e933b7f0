/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

/**
 * A queue property (OpenFlow 1.3.5 section 7.2.2, {@code ofp_queue_prop_header}). Every property starts with the same
 * 8 bytes and is a multiple of 8 bytes long.
 * <pre>
 *   +---------------+----------+----------+---------------------------------+
 *   | property (16) | len (16) | pad (32) | property-specific, up to len    |
 *   +---------------+----------+----------+---------------------------------+
 * </pre>
 * A property of a type this library does not know is kept as {@link OfQueuePropUnknown} and re-encoded unchanged.
 */
public sealed interface OfQueueProperty permits OfQueuePropMinRate, OfQueuePropMaxRate, OfQueuePropExperimenter,
        OfQueuePropUnknown {
    /** A rate of more than 1000 tenths of a percent: the rate limit is disabled. */
    int DISABLED = 0xffff;
}
