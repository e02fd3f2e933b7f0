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
     * This flow as an {@code OFPFC_ADD} (which also replaces an entry with the same key), with xid 0.
     *
     * @return the flow-mod
     */
    public OfFlowMod toAdd() {
        return toAdd(0);
    }

    /**
     * This flow as an {@code OFPFC_ADD} (which also replaces an entry with the same key).
     *
     * @param xid the transaction id
     * @return the flow-mod
     */
    public OfFlowMod toAdd(final int xid) {
        final var builder = OfFlowMod.builder().xid(xid).command(OfFlowModCommand.ADD).table(table)
            .priority(priority).cookie(cookie).match(match);
        instructions.forEach(builder::instruction);
        return builder.build();
    }
}
