/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.instruction;

/**
 * {@code OFPIT_CLEAR_ACTIONS}, type {@code 5} (OpenFlow 1.3.5 section 7.2.4): empty the action set.
 * <pre>
 *   | type = 5 (16) | len = 8 (16) | pad (32) |
 * </pre>
 */
public record OfInstructionClearActions() implements OfInstruction {
    /** The one instance; the instruction has no arguments. */
    public static final OfInstructionClearActions INSTANCE = new OfInstructionClearActions();
}
