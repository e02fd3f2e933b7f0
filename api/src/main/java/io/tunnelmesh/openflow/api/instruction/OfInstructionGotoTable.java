/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.instruction;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * {@code OFPIT_GOTO_TABLE}, type {@code 1} (OpenFlow 1.3.5 section 7.2.4): continue the pipeline in a later table.
 * <pre>
 *   | type = 1 (16) | len = 8 (16) | table_id (8) | pad (24) |
 * </pre>
 *
 * @param tableId the next table, greater than the current one
 */
public record OfInstructionGotoTable(int tableId) implements OfInstruction {
    /**
     * Checks the table id fits in a byte.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfInstructionGotoTable {
        OfUnsigned.check("table_id", tableId, 8);
    }

    /**
     * Go to a table.
     *
     * @param tableId the table
     * @return the instruction
     */
    public static OfInstructionGotoTable of(final int tableId) {
        return new OfInstructionGotoTable(tableId);
    }
}
