/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OvsdbReplicaTest {
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private final OvsdbReplica replica = new OvsdbReplica(List.of(OvsdbMonitorRequest.of("Interface", "name",
        "ofport")));
    private final List<OvsdbRowChange> changes = new ArrayList<>();

    OvsdbReplicaTest() {
        replica.addListener(changes::addAll);
    }

    private static OvsdbTableUpdates2 updates(final Map<UUID, OvsdbRowUpdate2> rows) {
        return new OvsdbTableUpdates2(Map.of("Interface", rows));
    }

    private static OvsdbRow row(final String name, final long ofport) {
        return new OvsdbRow(Map.of("name", OvsdbAtom.of(name), "ofport", OvsdbSet.of(new OvsdbInteger(ofport))));
    }

    @Test
    void unresumedStartReplacesEverythingAndReportsOnlyRealDifferences() {
        replica.start(VswitchSchema.schema(), false, updates(Map.of(
            A, new OvsdbRowUpdate2.Initial(row("a", 1)), B, new OvsdbRowUpdate2.Initial(row("b", 2)))));
        assertEquals(2, changes.size());
        changes.clear();
        // after a reconnect: a unchanged, b gone, nothing new
        replica.start(VswitchSchema.schema(), false, updates(Map.of(A, new OvsdbRowUpdate2.Initial(row("a", 1)))));
        assertEquals(List.of(new OvsdbRowChange("Interface", B, Optional.of(row("b", 2)), Optional.empty())),
            changes);
        assertEquals(Map.of(A, row("a", 1)), replica.table("Interface"));
    }

    @Test
    void resumedStartAppliesOnlyTheDiffs() {
        replica.start(VswitchSchema.schema(), false, updates(Map.of(A, new OvsdbRowUpdate2.Initial(
            new OvsdbRow(Map.of("name", OvsdbAtom.of("a")))))));
        assertEquals(Map.of(A, new OvsdbRow(Map.of("name", OvsdbAtom.of("a"), "ofport", OvsdbSet.empty()))),
            replica.table("Interface"), "the omitted default filled in");
        replica.start(VswitchSchema.schema(), true, updates(Map.of(
            A, new OvsdbRowUpdate2.Modify(new OvsdbRow(Map.of("ofport", OvsdbSet.of(new OvsdbInteger(7))))),
            B, new OvsdbRowUpdate2.Insert(row("b", 8)))));
        assertEquals(Map.of(A, row("a", 7), B, row("b", 8)), replica.table("Interface"));
        replica.update(updates(Map.of(A, new OvsdbRowUpdate2.Delete())));
        assertEquals(Map.of(B, row("b", 8)), replica.table("Interface"));
        assertEquals(4, changes.size());
    }
}
