/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OvsdbRowDiffTest {
    private static final OvsdbRow ROW = new OvsdbRow(Map.of("name", OvsdbAtom.of("tm-vxlan"),
        "ofport", OvsdbSet.of(new OvsdbInteger(5)),
        "options", OvsdbMap.ofStrings(Map.of("remote_ip", "flow", "key", "flow", "local_ip", "192.0.2.1"))));

    @Test
    void singleAtomIsReplaced() {
        assertEquals(OvsdbAtom.of("tm-geneve"), OvsdbRowDiff.apply(ROW,
            new OvsdbRow(Map.of("name", OvsdbAtom.of("tm-geneve")))).get("name").orElseThrow());
    }

    @Test
    void setDiffIsTheSymmetricDifference() {
        // ofport 5 -> 6 arrives as the set {5, 6}; [] -> 7 as {7}; 5 -> [] as {5}
        assertEquals(OvsdbSet.of(new OvsdbInteger(6)), OvsdbRowDiff.apply(ROW, new OvsdbRow(Map.of("ofport",
            OvsdbSet.of(new OvsdbInteger(5), new OvsdbInteger(6))))).get("ofport").orElseThrow());
        assertEquals(OvsdbSet.empty(), OvsdbRowDiff.apply(ROW, new OvsdbRow(Map.of("ofport",
            OvsdbSet.of(new OvsdbInteger(5))))).get("ofport").orElseThrow());
    }

    @Test
    void columnsOfAtMostOneElementGetTheirNewValue() {
        // what ovsdb-server 3.1 sends (monitor_cond, update2): ofport 5 -> 6 as {"ofport":6}, error "bad" -> [] as
        // {"error":["set",[]]}; only columns that may hold several elements get a difference
        final var table = VswitchSchema.schema().table("Interface").orElseThrow();
        final var before = new OvsdbRow(Map.of("ofport", new OvsdbInteger(5), "error", OvsdbAtom.of("bad")));
        assertEquals(new OvsdbInteger(6), OvsdbRowDiff.apply(table, before,
            new OvsdbRow(Map.of("ofport", new OvsdbInteger(6)))).get("ofport").orElseThrow());
        assertEquals(OvsdbSet.empty(), OvsdbRowDiff.apply(table, before,
            new OvsdbRow(Map.of("error", OvsdbSet.empty()))).get("error").orElseThrow());
        final var bridge = VswitchSchema.schema().table("Bridge").orElseThrow();
        assertEquals(OvsdbAtom.of("544d977456191da5"), OvsdbRowDiff.apply(bridge,
            new OvsdbRow(Map.of("datapath_id", OvsdbAtom.of("0000ae2e7044ee4c"))),
            new OvsdbRow(Map.of("datapath_id", OvsdbAtom.of("544d977456191da5")))).get("datapath_id").orElseThrow());
    }

    @Test
    void mapDiffAddsRemovesAndReplacesByKey() {
        final var diff = OvsdbMap.ofStrings(Map.of(
            "remote_ip", "flow", // same value: removed
            "local_ip", "192.0.2.9", // other value: replaced
            "exts", "gpe")); // new key: added
        assertEquals(OvsdbMap.ofStrings(Map.of("key", "flow", "local_ip", "192.0.2.9", "exts", "gpe")),
            OvsdbRowDiff.apply(ROW, new OvsdbRow(Map.of("options", diff))).get("options").orElseThrow());
    }

    @Test
    void completeFillsTheDefaultsThatInsertsOmit() {
        final var table = VswitchSchema.schema().table("Interface").orElseThrow();
        final var row = OvsdbRowDiff.complete(table, Set.of("name", "type", "ofport", "options", "admin_state"),
            new OvsdbRow(Map.of("name", OvsdbAtom.of("tm-gre"))));
        assertEquals(new OvsdbRow(Map.of("name", OvsdbAtom.of("tm-gre"), "type", OvsdbAtom.of(""),
            "ofport", OvsdbSet.empty(), "options", OvsdbMap.empty(), "admin_state", OvsdbSet.empty())), row);
    }
}
