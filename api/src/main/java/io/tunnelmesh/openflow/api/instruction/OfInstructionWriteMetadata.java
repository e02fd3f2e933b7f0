/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.instruction;

/**
 * {@code OFPIT_WRITE_METADATA}, type {@code 2} (OpenFlow 1.3.5 section 7.2.4): write the masked bits of
 * the metadata passed to the next table.
 * <pre>
 *   | type = 2 (16) | len = 24 (16) | pad (32) | metadata (64) | metadata_mask (64) |
 * </pre>
 *
 * @param metadata the value
 * @param mask the bits to write
 */
public record OfInstructionWriteMetadata(long metadata, long mask) implements OfInstruction {
    /**
     * Write metadata under a mask.
     *
     * @param metadata the value
     * @param mask the bits to write
     * @return the instruction
     */
    public static OfInstructionWriteMetadata of(final long metadata, final long mask) {
        return new OfInstructionWriteMetadata(metadata, mask);
    }
}
