/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.instruction;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * {@code OFPIT_EXPERIMENTER}, type {@code 0xffff} (OpenFlow 1.3.5 section 7.2.4): an experimenter
 * instruction with an opaque body; it re-encodes byte for byte.
 * <pre>
 *   | type = 0xffff (16) | len (16) | experimenter (32) | data, len - 8 bytes |
 * </pre>
 *
 * @param experimenter the experimenter id
 * @param data the body after the experimenter id; with it the instruction is a multiple of 8 bytes
 */
public record OfInstructionExperimenter(int experimenter, OfBytes data) implements OfInstruction {
    /**
     * Checks the instruction is a multiple of 8 bytes long.
     *
     * @throws IllegalArgumentException if it is not
     */
    public OfInstructionExperimenter {
        if (data.length() % 8 != 0) {
            throw new IllegalArgumentException("experimenter instruction data must be a multiple of 8 bytes: "
                + data.length());
        }
    }
}
