/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The switch answered some of a change's flow-mods or group-mods with {@code OFPT_ERROR} (OpenFlow 1.3.5 section 6.4:
 * a flow-mod that cannot be applied is answered with an error carrying its xid, and nothing else; a group-mod alike,
 * section 6.5). The change is not what the
 * switch holds, so it is not recorded as applied: the next run reads the switch back and compares in full.
 */
public final class FlowModsRefusedException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What the switch refused: each flow-mod or group-mod with the error it answered, as text. */
    private final List<String> refused;

    /**
     * The refusals of one change.
     *
     * @param refused each refused flow-mod or group-mod with the switch's error, in the order they were sent
     * @param sent how many messages the change sent
     */
    public FlowModsRefusedException(final Map<? extends OfMessage, OfErrorMessage> refused, final int sent) {
        super("the switch refused " + refused.size() + " of " + sent + " flow-mods and group-mods: "
            + refused.entrySet().stream()
            .limit(5)
            .map(entry -> describe(entry.getKey()) + ": " + describe(entry.getValue()))
            .collect(Collectors.joining("; ")) + (refused.size() > 5 ? "; ..." : ""));
        this.refused = refused.entrySet().stream()
            .map(entry -> describe(entry.getKey()) + ": " + describe(entry.getValue())).toList();
    }

    /**
     * The refused messages: for a flow-mod its command, table, priority and match in {@code ovs-ofctl} notation, for
     * a group-mod its command and group id; and the error.
     *
     * @return one line each, in the order they were sent
     */
    public List<String> refused() {
        return refused;
    }

    private static String describe(final OfMessage message) {
        return switch (message) {
            case OfFlowMod mod -> mod.command() + " table=" + mod.tableId() + ",priority=" + mod.priority() + ","
                + MatchText.of(mod.match());
            case OfGroupMod mod -> mod.command() + " group_id=0x" + Integer.toHexString(mod.groupId());
            default -> message.toString();
        };
    }

    private static String describe(final OfErrorMessage error) {
        return error instanceof OfError standard ? standard.error().toString() : error.toString();
    }
}
