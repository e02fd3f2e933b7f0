/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import java.util.List;

/**
 * One flow a switch must hold. Two flows are the same OpenFlow entry when table, priority and match are equal
 * (OpenFlow 1.3.5 section 6.4: an add with an identical match and priority replaces the entry), which is
 * {@link #key()}; the reconciler compares cookie and instructions under that key.
 *
 * @param table the table ID
 * @param priority the priority
 * @param cookie the cookie, with TunnelMesh's mark in its top 16 bits ({@link OverlayPipeline#COOKIE_MARK})
 * @param match the match
 * @param instructions the instructions; empty drops
 */
public record FlowSpec(int table, int priority, long cookie, OfMatch match, List<OfInstruction> instructions) {
    public FlowSpec {
        requireNonNull(match);
        instructions = List.copyOf(instructions);
    }

    /**
     * The identity of the entry this flow occupies in its table.
     *
     * @param table the table ID
     * @param priority the priority
     * @param match the match
     */
    public record Key(int table, int priority, OfMatch match) {
        public Key {
            requireNonNull(match);
        }
    }

    /**
     * The identity of the entry this flow occupies.
     *
     * @return table, priority and match
     */
    public Key key() {
        return new Key(table, priority, match);
    }

    /**
     * This flow as an {@code OFPFC_ADD} (which also replaces an entry with the same key).
     *
     * @return the flow-mod
     */
    public OfFlowMod toAdd() {
        final var builder = OfFlowMod.builder().command(OfFlowModCommand.ADD).table(table).priority(priority)
            .cookie(cookie).match(match);
        instructions.forEach(builder::instruction);
        return builder.build();
    }

    /**
     * A strict delete of this flow's entry, guarded by its cookie so that an entry someone else put under the same
     * key is left alone (OpenFlow 1.3.5 section 6.4, cookie and cookie_mask).
     *
     * @return the flow-mod
     */
    public OfFlowMod toDeleteStrict() {
        return OfFlowMod.builder().command(OfFlowModCommand.DELETE_STRICT).table(table).priority(priority)
            .cookie(cookie, -1L).match(match).build();
    }
}
