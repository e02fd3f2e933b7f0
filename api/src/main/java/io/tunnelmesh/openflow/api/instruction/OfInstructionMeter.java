/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.instruction;

/**
 * {@code OFPIT_METER}, type {@code 6} (OpenFlow 1.3.5 section 7.2.4): send the packet through a meter.
 * <pre>
 *   | type = 6 (16) | len = 8 (16) | meter_id (32) |
 * </pre>
 *
 * @param meterId the meter
 */
public record OfInstructionMeter(int meterId) implements OfInstruction {
    /**
     * Apply a meter.
     *
     * @param meterId the meter
     * @return the instruction
     */
    public static OfInstructionMeter of(final int meterId) {
        return new OfInstructionMeter(meterId);
    }
}
