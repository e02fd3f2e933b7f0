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
 * {@code OFPQT_EXPERIMENTER} (property 0xffff, {@code ofp_queue_prop_experimenter}): a property defined by an
 * experimenter.
 * <pre>
 *   | property = 0xffff (16) | len (16) | pad (32) | experimenter (32) | pad (32) | data, up to len |
 * </pre>
 *
 * @param experimenter the experimenter id
 * @param data the experimenter-defined bytes, a multiple of 8 bytes so that the property is
 */
public record OfQueuePropExperimenter(int experimenter, OfBytes data) implements OfQueueProperty {
    /** The property type. */
    public static final int TYPE = 0xffff;

    /**
     * Checks the length.
     *
     * @throws IllegalArgumentException if the data is not a multiple of 8 bytes or too long for a 16-bit length
     */
    public OfQueuePropExperimenter {
        if (data.length() % 8 != 0 || data.length() > 0xffff - 16) {
            throw new IllegalArgumentException("experimenter queue property data must be a multiple of 8 bytes: "
                + data.length());
        }
    }
}
