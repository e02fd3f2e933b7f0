/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel64;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionSetTest {
    @Test
    void headerChangesComeFirstThenEverySetThenTheOutput() {
        final var set = new ActionSet();
        final var setMac = OfActionSetField.of(OxmEthDst.of(TestSwitches.mac(1)));
        final var setTunnel = new NxActionSetTunnel64(7);
        set.write(List.of(OfActionOutput.to(1), setMac, new OfActionPushVlan(0x8100), OfActionDecNwTtl.INSTANCE));
        set.write(List.of(setTunnel, OfActionOutput.to(2), OfActionPopVlan.INSTANCE));
        assertEquals(List.of(OfActionPopVlan.INSTANCE, new OfActionPushVlan(0x8100), OfActionDecNwTtl.INSTANCE,
            setMac, setTunnel, OfActionOutput.to(2)), set.toExecute());
    }

    @Test
    void aGroupReplacesTheOutputAndWithoutEitherNothingRuns() {
        final var set = new ActionSet();
        set.write(List.of(new NxActionSetTunnel64(7)));
        assertEquals(List.of(), set.toExecute());
        set.write(List.of(OfActionOutput.to(1), OfActionGroup.of(3)));
        assertEquals(List.of(new NxActionSetTunnel64(7), OfActionGroup.of(3)), set.toExecute());
        final ActionSet copy = set.copy();
        set.clear();
        assertTrue(set.isEmpty());
        assertEquals(2, copy.toExecute().size());
    }
}
