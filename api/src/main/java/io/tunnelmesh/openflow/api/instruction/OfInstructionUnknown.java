/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.instruction;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * Any other instruction type (OpenFlow 1.3.5 section 7.2.4): an instruction type this library does
 * not model, kept opaque so that it re-encodes byte for byte.
 * <pre>
 *   | type (16) | len (16) | body, len - 4 bytes |
 * </pre>
 *
 * @param type the 16-bit instruction type
 * @param body the bytes after type and length; with them the instruction is a multiple of 8 bytes
 */
public record OfInstructionUnknown(int type, OfBytes body) implements OfInstruction {
    /**
     * Checks the type and the length.
     *
     * @throws IllegalArgumentException if the type is not 16 bits or the instruction not a multiple of 8 bytes
     */
    public OfInstructionUnknown {
        OfUnsigned.check("type", type, 16);
        if ((body.length() + 4) % 8 != 0) {
            throw new IllegalArgumentException("instruction length must be a multiple of 8: " + (body.length() + 4));
        }
    }
}
