/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.instruction;

import io.tunnelmesh.openflow.api.action.OfAction;
import java.util.List;

/**
 * {@code OFPIT_APPLY_ACTIONS}, type {@code 4} (OpenFlow 1.3.5 section 7.2.4): apply the actions immediately, in order.
 * <pre>
 *   | type = 4 (16) | len (16) | pad (32) | actions, len - 8 bytes |
 * </pre>
 *
 * @param actions the actions, in order
 */
public record OfInstructionApplyActions(List<OfAction> actions) implements OfInstruction {
    /**
     * Copies the actions.
     */
    public OfInstructionApplyActions {
        actions = List.copyOf(actions);
    }

    /**
     * The instruction for the given actions.
     *
     * @param actions the actions, in order
     * @return the instruction
     */
    public static OfInstructionApplyActions of(final OfAction... actions) {
        return new OfInstructionApplyActions(List.of(actions));
    }
}
