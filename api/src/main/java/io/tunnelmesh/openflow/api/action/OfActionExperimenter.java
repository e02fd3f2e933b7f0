/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * {@code OFPAT_EXPERIMENTER} (type 0xffff, a multiple of 8 bytes, OpenFlow 1.3.5 section 7.2.5): an experimenter action
 * with an opaque body, such as a
 * Nicira {@code resubmit}; it re-encodes byte for byte.
 * <pre>
 *   | type = 0xffff (16) | len (16) | experimenter (32) | data, len - 8 bytes |
 * </pre>
 *
 * @param experimenter the experimenter id, such as 0x00002320 for Nicira
 * @param data the body after the experimenter id; with it the action is a multiple of 8 bytes
 */
public record OfActionExperimenter(int experimenter, OfBytes data) implements OfAction {
    /**
     * Checks the action is a multiple of 8 bytes long.
     *
     * @throws IllegalArgumentException if it is not
     */
    public OfActionExperimenter {
        if (data.length() % 8 != 0) {
            throw new IllegalArgumentException("experimenter action data must be a multiple of 8 bytes: "
                + data.length());
        }
    }
}
