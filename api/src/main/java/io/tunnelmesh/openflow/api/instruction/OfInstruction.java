/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.instruction;

/**
 * An OpenFlow 1.3 instruction (OpenFlow 1.3.5 section 7.2.4, {@code ofp_instruction}): what a flow entry does to a
 * matching packet. Every instruction starts with a type and a length that counts the whole instruction, a multiple
 * of 8.
 * <pre>
 *   +---------------+---------------+-----------------------------------+
 *   | type (16)     | len (16)      | body, len - 4 bytes               |
 *   +---------------+---------------+-----------------------------------+
 * </pre>
 */
public sealed interface OfInstruction permits OfInstructionGotoTable, OfInstructionWriteMetadata,
        OfInstructionWriteActions, OfInstructionApplyActions, OfInstructionClearActions, OfInstructionMeter,
        OfInstructionExperimenter, OfInstructionUnknown {
    // Sealed: one record per instruction.
}
