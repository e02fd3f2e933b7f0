/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionDecMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopMpls;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushMpls;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecTtlCntIds;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecap;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionEncap;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegMove;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTable;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel64;
import java.util.ArrayList;
import java.util.List;

/**
 * A packet's action set (OpenFlow 1.3.5 section 5.10), kept as Open vSwitch keeps it: every written action in the
 * order written, sorted out only when the pipeline ends ({@code ofpacts_execute_action_set}): the last action of
 * each kind of header change, every set-field and register action in the order written, then the group if there is
 * one, else the output; with neither, nothing at all.
 */
final class ActionSet {
    private final List<OfAction> written;

    ActionSet() {
        written = new ArrayList<>();
    }

    private ActionSet(final List<OfAction> written) {
        this.written = new ArrayList<>(written);
    }

    /**
     * A copy for a group bucket, which must not change the packet's set.
     */
    ActionSet copy() {
        return new ActionSet(written);
    }

    void write(final List<OfAction> actions) {
        written.addAll(actions);
    }

    void clear() {
        written.clear();
    }

    boolean isEmpty() {
        return written.isEmpty();
    }

    /**
     * The actions to execute at the end of the pipeline, in execution order.
     *
     * @return the actions, empty if the set holds neither a group nor an output
     */
    List<OfAction> toExecute() {
        final var ordered = new ArrayList<OfAction>();
        addLast(ordered, OfActionPopVlan.class);
        addLast(ordered, OfActionPopMpls.class);
        addLast(ordered, NxActionDecap.class);
        addLast(ordered, NxActionEncap.class);
        addLast(ordered, OfActionPushMpls.class);
        addLast(ordered, OfActionPushVlan.class);
        addLast(ordered, OfActionDecNwTtl.class, NxActionDecTtlCntIds.class);
        addLast(ordered, OfActionDecMplsTtl.class);
        addLast(ordered, NxActionDecNshTtl.class);
        written.stream().filter(ActionSet::isSetAction).forEach(ordered::add);
        addLast(ordered, OfActionSetQueue.class);
        if (addLast(ordered, OfActionGroup.class) || addLast(ordered, OfActionOutput.class)
                || addLast(ordered, NxActionResubmit.class, NxActionResubmitTable.class)
                || addLast(ordered, NxActionCt.class)) {
            return ordered;
        }
        return List.of();
    }

    private static boolean isSetAction(final OfAction action) {
        return action instanceof OfActionSetField || action instanceof NxActionRegLoad
            || action instanceof NxActionRegLoad2 || action instanceof NxActionRegMove
            || action instanceof NxActionSetTunnel || action instanceof NxActionSetTunnel64
            || action instanceof OfActionSetNwTtl || action instanceof OfActionSetMplsTtl;
    }

    @SafeVarargs
    private boolean addLast(final List<OfAction> ordered, final Class<? extends OfAction>... kinds) {
        for (int index = written.size() - 1; index >= 0; index--) {
            final OfAction action = written.get(index);
            for (Class<? extends OfAction> kind : kinds) {
                if (kind.isInstance(action)) {
                    ordered.add(action);
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return written.toString();
    }
}
