/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.ovsdb.api.OvsdbError;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbAbort;
import io.tunnelmesh.ovsdb.api.operation.OvsdbAssert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbDelete;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Transactions on the in-memory {@code Open_vSwitch} database without a network: each operation of RFC 7047 section
 * 5.2, atomicity, the commit's checks, and what the {@link VswitchdEmulation} writes back.
 */
class OvsdbEmulatedDatabaseTest {
    private final OvsdbEmulatedDatabase database = OvsdbEmulatedDatabase.openVswitch(new OvsdbEmulatorConfig(
        "3.1.0", List.of("vxlan", "stt"), List.of("system"), Set.of("stt"), 3));

    private static OvsdbRow row(final Object... pairs) {
        final var columns = new LinkedHashMap<String, OvsdbValue>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (OvsdbValue) pairs[i + 1]);
        }
        return new OvsdbRow(columns);
    }

    private OvsdbTransactResult createBridge(final String name, final String... interfaces) {
        final var operations = new ArrayList<OvsdbOperation>();
        final var ports = new ArrayList<OvsdbAtom>();
        for (int i = 0; i < interfaces.length; i += 2) {
            operations.add(new OvsdbInsert("Interface", row("name", OvsdbAtom.of(interfaces[i]), "type",
                OvsdbAtom.of(interfaces[i + 1])), "i" + i));
            operations.add(new OvsdbInsert("Port", row("name", OvsdbAtom.of(interfaces[i]), "interfaces",
                OvsdbSet.of(new OvsdbNamedUuid("i" + i))), "p" + i));
            ports.add(new OvsdbNamedUuid("p" + i));
        }
        operations.add(new OvsdbInsert("Bridge", row("name", OvsdbAtom.of(name), "ports",
            OvsdbSet.of(ports.toArray(OvsdbAtom[]::new))), "br"));
        operations.add(new OvsdbMutate("Open_vSwitch", List.of(), List.of(OvsdbMutation.insert("bridges",
            OvsdbSet.of(new OvsdbNamedUuid("br"))))));
        return database.transact(operations);
    }

    private OvsdbRow single(final String table, final String name) {
        final var rows = database.rows(table).values().stream()
            .filter(candidate -> candidate.get("name").orElseThrow().equals(OvsdbAtom.of(name))).toList();
        assertEquals(1, rows.size(), table + " " + name);
        return rows.get(0);
    }

    @Test
    void insertFillsDefaultsAndSelectProjects() {
        assertTrue(createBridge("br0").isSuccess());
        final var stored = single("Bridge", "br0");
        assertEquals(OvsdbMap.empty(), stored.get("external_ids").orElseThrow());
        assertEquals(OvsdbAtom.of(""), stored.get("datapath_type").orElseThrow());
        final var selected = database.transact(List.of(new OvsdbSelect("Bridge",
            List.of(OvsdbCondition.nameIs("br0")), Optional.of(List.of("name", "stp_enable")))));
        assertEquals(new OvsdbOperationResult.Selected(List.of(row("name", OvsdbAtom.of("br0"), "stp_enable",
            OvsdbAtom.of(false)))), selected.results().get(0));
    }

    @Test
    void updateMutateAndDeleteCountTheirRows() {
        assertTrue(createBridge("br0", "a", "vxlan", "b", "vxlan").isSuccess());
        final var result = database.transact(List.of(
            new OvsdbUpdate("Interface", List.of(new OvsdbCondition("name", OvsdbCondition.Function.NOT_EQUAL,
                OvsdbAtom.of("zzz"))), row("options", OvsdbMap.ofStrings(Map.of("key", "flow")))),
            new OvsdbMutate("Interface", List.of(OvsdbCondition.nameIs("a")), List.of(
                OvsdbMutation.insert("options", OvsdbMap.ofStrings(Map.of("key", "ignored", "remote_ip", "flow"))),
                new OvsdbMutation("ofport_request", OvsdbMutation.Mutator.INSERT, OvsdbSet.of(new OvsdbInteger(7))),
                new OvsdbMutation("ofport_request", OvsdbMutation.Mutator.ADD, new OvsdbInteger(3)))),
            new OvsdbSelect("Interface", List.of(new OvsdbCondition("ofport_request",
                OvsdbCondition.Function.GREATER, new OvsdbInteger(9))), Optional.of(List.of("name", "options")))));
        assertEquals(Optional.empty(), result.failure());
        assertEquals(new OvsdbOperationResult.Counted(2), result.results().get(0));
        assertEquals(new OvsdbOperationResult.Counted(1), result.results().get(1));
        assertEquals(new OvsdbOperationResult.Selected(List.of(row("name", OvsdbAtom.of("a"), "options",
            OvsdbMap.ofStrings(Map.of("key", "flow", "remote_ip", "flow"))))), result.results().get(2),
            "insert into a map keeps existing keys; arithmetic applies to the set's element");
    }

    @Test
    void failureAtOneIndexReportsItAndAppliesNothing() {
        final var result = database.transact(List.of(
            new OvsdbInsert("Bridge", row("name", OvsdbAtom.of("br0")), "br"),
            new OvsdbMutate("Open_vSwitch", List.of(), List.of(OvsdbMutation.insert("bridges",
                OvsdbSet.of(new OvsdbNamedUuid("br"))))),
            new OvsdbAbort(),
            new OvsdbInsert("Bridge", row("name", OvsdbAtom.of("br1")))));
        assertEquals(2, result.failure().orElseThrow().index());
        assertEquals("aborted", result.failure().orElseThrow().error().error());
        assertEquals(new OvsdbOperationResult.NotExecuted(), result.results().get(3));
        assertEquals(Map.of(), database.rows("Bridge"));
    }

    @Test
    void duplicateUuidNameAndAssertWithoutTheLockFail() {
        final var duplicate = database.transact(List.of(new OvsdbInsert("Bridge", row("name", OvsdbAtom.of("a")),
            "x"), new OvsdbInsert("Bridge", row("name", OvsdbAtom.of("b")), "x")));
        assertEquals(1, duplicate.failure().orElseThrow().index());
        assertEquals("syntax error", duplicate.failure().orElseThrow().error().error());
        final var unowned = database.transact(List.of(new OvsdbAssert("lock")));
        assertEquals("not owner", unowned.failure().orElseThrow().error().error());
    }

    @Test
    void immutableColumnsAndOutOfRangeMutationsAreConstraintViolations() {
        assertTrue(createBridge("br0", "a", "vxlan").isSuccess());
        final var rename = database.transact(List.of(new OvsdbUpdate("Bridge", List.of(), row("name",
            OvsdbAtom.of("br9")))));
        assertEquals("constraint violation", rename.failure().orElseThrow().error().error());
        final var range = database.transact(List.of(new OvsdbMutate("Interface", List.of(), List.of(
            new OvsdbMutation("ofport_request", OvsdbMutation.Mutator.INSERT, OvsdbSet.of(new OvsdbInteger(65279))),
            new OvsdbMutation("ofport_request", OvsdbMutation.Mutator.ADD, new OvsdbInteger(1))))));
        assertEquals("constraint violation", range.failure().orElseThrow().error().error(), range.toString());
        final var zero = database.transact(List.of(new OvsdbMutate("Open_vSwitch", List.of(), List.of(
            new OvsdbMutation("next_cfg", OvsdbMutation.Mutator.DIVIDE, new OvsdbInteger(0))))));
        assertEquals(new OvsdbError("domain error", Optional.of("division by zero")),
            zero.failure().orElseThrow().error());
    }

    @Test
    void waitWithoutTimeoutFailsAtOnceWhenTheRowsDiffer() {
        final var unmet = database.transact(List.of(new OvsdbWait("Bridge", OptionalLong.of(0), List.of(),
            List.of("name"), OvsdbWait.Until.EQUAL, List.of(row("name", OvsdbAtom.of("br0"))))));
        assertEquals("timed out", unmet.failure().orElseThrow().error().error());
        assertTrue(createBridge("br0").isSuccess());
        final var met = database.transact(List.of(new OvsdbWait("Bridge", OptionalLong.of(0), List.of(),
            List.of("name"), OvsdbWait.Until.EQUAL, List.of(row("name", OvsdbAtom.of("br0"))))));
        assertEquals(List.of(new OvsdbOperationResult.Done()), met.results());
    }

    @Test
    void deletingABridgeCollectsItsPortsAndInterfaces() {
        assertTrue(createBridge("br0", "a", "vxlan", "b", "vxlan").isSuccess());
        final var bridge = OvsdbTransaction.uuidOf(single("Bridge", "br0"));
        final var refused = database.transact(List.of(new OvsdbDelete("Bridge", List.of())));
        assertEquals("referential integrity violation", refused.commitError().orElseThrow().error());
        final var result = database.transact(List.of(new OvsdbMutate("Open_vSwitch", List.of(), List.of(
            OvsdbMutation.delete("bridges", OvsdbSet.of(OvsdbAtom.of(bridge)))))));
        assertTrue(result.isSuccess());
        assertEquals(Map.of(), database.rows("Bridge"));
        assertEquals(Map.of(), database.rows("Port"));
        assertEquals(Map.of(), database.rows("Interface"));
    }

    @Test
    void weakReferencesToDeletedRowsDisappear() {
        assertTrue(createBridge("br0", "a", "vxlan").isSuccess());
        final var port = OvsdbTransaction.uuidOf(single("Port", "a"));
        final var mirror = database.transact(List.of(
            new OvsdbInsert("Mirror", row("name", OvsdbAtom.of("m"), "select_src_port", OvsdbSet.of(
                OvsdbAtom.of(port))), "m"),
            new OvsdbMutate("Bridge", List.of(), List.of(OvsdbMutation.insert("mirrors",
                OvsdbSet.of(new OvsdbNamedUuid("m")))))));
        assertTrue(mirror.isSuccess(), mirror.toString());
        assertTrue(database.transact(List.of(new OvsdbUpdate("Bridge", List.of(), row("ports",
            OvsdbSet.empty())))).isSuccess());
        assertEquals(OvsdbSet.empty(), single("Mirror", "m").get("select_src_port").orElseThrow());
    }

    @Test
    void vswitchdAssignsLowestFreeOfportsDatapathIdAndErrors() {
        assertTrue(createBridge("br0", "br0", "internal", "a", "vxlan", "s", "stt", "b", "vxlan").isSuccess());
        assertEquals(OvsdbSet.of(new OvsdbInteger(VswitchdEmulation.LOCAL_PORT)),
            single("Interface", "br0").get("ofport").orElseThrow());
        final var ports = Set.of(single("Interface", "a").get("ofport").orElseThrow(),
            single("Interface", "b").get("ofport").orElseThrow());
        assertEquals(Set.of(OvsdbSet.of(new OvsdbInteger(1)), OvsdbSet.of(new OvsdbInteger(2))), ports);
        final var stt = single("Interface", "s");
        assertEquals(OvsdbSet.of(new OvsdbInteger(-1)), stt.get("ofport").orElseThrow());
        final var error = assertInstanceOf(OvsdbString.class, ((OvsdbSet) stt.get("error").orElseThrow())
            .elements().iterator().next()).value();
        assertTrue(error.startsWith("could not add network device s") && error.contains("unsupported tunnel type"),
            error);
        final var dpid = assertInstanceOf(OvsdbString.class, ((OvsdbSet) single("Bridge", "br0").get("datapath_id")
            .orElseThrow()).elements().iterator().next()).value();
        assertTrue(dpid.matches("[0-9a-f]{16}"), dpid);
        final var root = database.rows("Open_vSwitch").values().iterator().next();
        assertEquals(OvsdbSet.of(OvsdbAtom.of("3.1.0")), root.get("ovs_version").orElseThrow());

        // a and b took 1 and 2 in either order (one transaction, no order among its rows): a's is freed below
        final var freed = single("Interface", "a").get("ofport").orElseThrow();
        assertTrue(database.transact(List.of(new OvsdbMutate("Bridge", List.of(), List.of(OvsdbMutation.delete(
            "ports", OvsdbSet.of(OvsdbAtom.of(OvsdbTransaction.uuidOf(single("Port", "a")))))))))
            .isSuccess());
        assertTrue(createBridge("br1").isSuccess());
        final var add = database.transact(List.of(
            new OvsdbInsert("Interface", row("name", OvsdbAtom.of("c")), "i"),
            new OvsdbInsert("Port", row("name", OvsdbAtom.of("c"), "interfaces", OvsdbSet.of(
                new OvsdbNamedUuid("i"))), "p"),
            new OvsdbMutate("Bridge", List.of(OvsdbCondition.nameIs("br0")), List.of(OvsdbMutation.insert("ports",
                OvsdbSet.of(new OvsdbNamedUuid("p")))))));
        assertTrue(add.isSuccess());
        assertEquals(freed, single("Interface", "c").get("ofport").orElseThrow(),
            "the number a removed interface freed is the lowest free one again");
    }

    @Test
    void historyKeepsTheConfiguredNumberOfCommits() {
        final var first = database.lastTransactionId();
        assertTrue(createBridge("br0").isSuccess());
        final var afterBridge = database.lastTransactionId();
        final var since = database.listen(snapshot -> snapshot.history().apply(first), (id, change) -> { });
        assertTrue(since.orElseThrow().tables().containsKey("Bridge"));
        assertTrue(database.listen(snapshot -> snapshot.history().apply(afterBridge), (id, change) -> { })
            .orElseThrow().tables().isEmpty());
        for (int i = 1; i <= 3; i++) {
            assertTrue(createBridge("br" + i).isSuccess());
        }
        assertEquals(Optional.empty(), database.listen(snapshot -> snapshot.history().apply(first),
            (id, change) -> { }), "older than the three commits kept");
    }
}
