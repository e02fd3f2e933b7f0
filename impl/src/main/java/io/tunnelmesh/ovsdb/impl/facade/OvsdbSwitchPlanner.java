/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.string;
import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.stringMap;
import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.stringSet;
import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.strings;
import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.uuid;
import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.uuids;

import io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec;
import io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Decides the operations that make the rows look like the specs, given the rows as read: pure, no I/O. An empty list
 * means nothing differs. A plan that changes rows starts with {@code wait} operations of timeout 0 (RFC 7047 section
 * 5.2.6) that restate what it assumed, a row's absence or a column's value, so that the transaction fails instead of
 * doing the wrong thing when another client got there first; the caller reads again and replans. New ports and
 * interfaces need no such guard: their names are unique indexes ({@code ovs-vswitchd.conf.db(5)}), which the server
 * checks at commit.
 */
public final class OvsdbSwitchPlanner {
    private static final OvsdbSet SECURE = OvsdbSet.of(OvsdbAtom.of("secure"));

    private OvsdbSwitchPlanner() {
        // pure functions only
    }

    /**
     * The operations that create or correct a bridge.
     *
     * @param spec the bridge wanted
     * @param current the bridge as read ({@code _uuid}, {@code datapath_type}, {@code fail_mode},
     *     {@code protocols}, {@code controller}, {@code other_config}), or empty if absent
     * @param controllerTargets every {@code Controller} row's target, by UUID
     * @return the operations, empty if the bridge is as wanted
     */
    public static List<OvsdbOperation> planBridge(final OvsdbBridgeSpec spec, final Optional<OvsdbRow> current,
            final Map<UUID, String> controllerTargets) {
        if (current.isEmpty()) {
            return createBridge(spec);
        }
        final var bridge = current.orElseThrow();
        final var changed = new LinkedHashMap<String, OvsdbValue>();
        final var before = new LinkedHashMap<String, OvsdbValue>();
        final var ops = new ArrayList<OvsdbOperation>();
        if (!string(bridge, "datapath_type").orElse("").equals(spec.datapathType())) {
            changed.put("datapath_type", OvsdbAtom.of(spec.datapathType()));
        }
        if (!string(bridge, "fail_mode").equals(Optional.of("secure"))) {
            changed.put("fail_mode", SECURE);
        }
        if (!strings(bridge, "protocols").equals(Set.copyOf(spec.protocols()))) {
            changed.put("protocols", stringSet(spec.protocols()));
        }
        final var otherConfig = stringMap(bridge, "other_config");
        final var merged = new HashMap<>(otherConfig);
        merged.putAll(spec.otherConfigPairs());
        if (!merged.equals(otherConfig)) {
            changed.put("other_config", OvsdbMap.ofStrings(merged));
        }
        final var kept = new HashSet<OvsdbAtom>();
        final var targetsNow = new HashSet<String>();
        for (var controller : uuids(bridge, "controller")) {
            final var target = controllerTargets.get(controller);
            if (target != null && spec.controllerTargets().contains(target)) {
                kept.add(OvsdbAtom.of(controller));
                targetsNow.add(target);
            }
        }
        if (!targetsNow.equals(Set.copyOf(spec.controllerTargets()))
                || kept.size() != uuids(bridge, "controller").size()) {
            final var controllers = new HashSet<>(kept);
            int index = 0;
            for (var target : spec.controllerTargets()) {
                if (!targetsNow.contains(target)) {
                    final var name = "controller" + index++;
                    ops.add(new OvsdbInsert("Controller", new OvsdbRow(Map.of("target", OvsdbAtom.of(target))), name));
                    controllers.add(new OvsdbNamedUuid(name));
                }
            }
            changed.put("controller", new OvsdbSet(controllers));
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        changed.keySet().forEach(column -> before.put(column, bridge.get(column).orElseThrow()));
        final var where = List.of(OvsdbCondition.equal("_uuid", OvsdbAtom.of(uuid(bridge))));
        final var plan = new ArrayList<OvsdbOperation>();
        plan.add(new OvsdbWait("Bridge", OptionalLong.of(0), where, List.copyOf(before.keySet()),
            OvsdbWait.Until.EQUAL, List.of(new OvsdbRow(before))));
        plan.addAll(ops);
        plan.add(new OvsdbUpdate("Bridge", where, new OvsdbRow(changed)));
        return plan;
    }

    private static List<OvsdbOperation> createBridge(final OvsdbBridgeSpec spec) {
        final var ops = new ArrayList<OvsdbOperation>();
        ops.add(absent("Bridge", spec.name()));
        final var controllers = new HashSet<OvsdbAtom>();
        for (int i = 0; i < spec.controllerTargets().size(); i++) {
            ops.add(new OvsdbInsert("Controller", new OvsdbRow(Map.of("target",
                OvsdbAtom.of(spec.controllerTargets().get(i)))), "controller" + i));
            controllers.add(new OvsdbNamedUuid("controller" + i));
        }
        // a bridge's own internal port, as ovs-vsctl add-br creates it: it carries the bridge's local port (65534)
        ops.add(new OvsdbInsert("Interface", new OvsdbRow(Map.of("name", OvsdbAtom.of(spec.name()),
            "type", OvsdbAtom.of("internal"))), "iface"));
        ops.add(new OvsdbInsert("Port", new OvsdbRow(Map.of("name", OvsdbAtom.of(spec.name()),
            "interfaces", OvsdbSet.of(new OvsdbNamedUuid("iface")))), "port"));
        ops.add(new OvsdbInsert("Bridge", new OvsdbRow(Map.of("name", OvsdbAtom.of(spec.name()),
            "datapath_type", OvsdbAtom.of(spec.datapathType()), "fail_mode", SECURE,
            "protocols", stringSet(spec.protocols()), "controller", new OvsdbSet(controllers),
            "other_config", OvsdbMap.ofStrings(spec.otherConfigPairs()),
            "ports", OvsdbSet.of(new OvsdbNamedUuid("port")))), "bridge"));
        ops.add(new OvsdbMutate("Open_vSwitch", List.of(), List.of(OvsdbMutation.insert("bridges",
            OvsdbSet.of(new OvsdbNamedUuid("bridge"))))));
        return ops;
    }

    /**
     * The operations that create or correct tunnel ports.
     *
     * @param specs the ports wanted
     * @param bridges the bridges as read ({@code _uuid}, {@code name}), by name
     * @param interfaces the interfaces as read ({@code _uuid}, {@code name}, {@code type}, {@code options}), by name
     * @return the operations, empty if every port is as wanted
     * @throws IllegalArgumentException if a spec names a bridge that does not exist
     */
    public static List<OvsdbOperation> planTunnelPorts(final List<OvsdbTunnelPortSpec> specs,
            final Map<String, OvsdbRow> bridges, final Map<String, OvsdbRow> interfaces) {
        final var guards = new ArrayList<OvsdbOperation>();
        final var changes = new ArrayList<OvsdbOperation>();
        final var newPorts = new LinkedHashMap<String, Set<OvsdbAtom>>();
        int index = 0;
        for (var spec : specs) {
            if (!bridges.containsKey(spec.bridge())) {
                throw new IllegalArgumentException("port " + spec.name() + ": no bridge " + spec.bridge());
            }
            final var options = OvsdbMap.ofStrings(spec.options());
            final var type = OvsdbAtom.of(spec.interfaceType());
            final var iface = interfaces.get(spec.name());
            if (iface == null) {
                // no guard needed: Port and Interface names are unique indexes of the schema, so a port that
                // another client created meanwhile fails the commit with "constraint violation"
                final var ifaceName = "iface" + index;
                final var portName = "port" + index++;
                changes.add(new OvsdbInsert("Interface", new OvsdbRow(Map.of("name", OvsdbAtom.of(spec.name()),
                    "type", type, "options", options)), ifaceName));
                changes.add(new OvsdbInsert("Port", new OvsdbRow(Map.of("name", OvsdbAtom.of(spec.name()),
                    "interfaces", OvsdbSet.of(new OvsdbNamedUuid(ifaceName)))), portName));
                newPorts.computeIfAbsent(spec.bridge(), bridge -> new HashSet<>()).add(new OvsdbNamedUuid(portName));
            } else if (!type.equals(iface.get("type").orElseThrow()) || !options.equals(iface.get("options")
                    .orElseThrow())) {
                final var where = List.of(OvsdbCondition.equal("_uuid", OvsdbAtom.of(uuid(iface))));
                guards.add(new OvsdbWait("Interface", OptionalLong.of(0), where, List.of("type", "options"),
                    OvsdbWait.Until.EQUAL, List.of(new OvsdbRow(Map.of("type", iface.get("type").orElseThrow(),
                        "options", iface.get("options").orElseThrow())))));
                changes.add(new OvsdbUpdate("Interface", where, new OvsdbRow(Map.of("type", type,
                    "options", options))));
            }
        }
        newPorts.forEach((bridge, ports) -> changes.add(new OvsdbMutate("Bridge",
            List.of(OvsdbCondition.equal("_uuid", OvsdbAtom.of(uuid(bridges.get(bridge))))),
            List.of(OvsdbMutation.insert("ports", new OvsdbSet(ports))))));
        if (changes.isEmpty()) {
            return List.of();
        }
        guards.addAll(changes);
        return guards;
    }

    /**
     * The operations that take a port off its bridge; the server then garbage-collects the Port and its Interface,
     * which are not root rows ({@code ovs-vswitchd.conf.db(5)}). A {@code wait} restates that the bridge still holds
     * the port (RFC 7047 section 5.2.6, condition {@code includes} of section 5.1), so that a stale read fails the
     * transaction instead of reporting a removal that did not happen.
     *
     * @param bridge the bridge as read ({@code _uuid}, {@code name}, {@code ports}), or empty if absent
     * @param port the port as read ({@code _uuid}), or empty if absent
     * @return the operations, empty if the bridge does not hold the port
     */
    public static List<OvsdbOperation> planPortRemoval(final Optional<OvsdbRow> bridge, final Optional<OvsdbRow> port) {
        if (bridge.isEmpty() || port.isEmpty() || !uuids(bridge.orElseThrow(), "ports").contains(
                uuid(port.orElseThrow()))) {
            return List.of();
        }
        final var portUuid = OvsdbSet.of(OvsdbAtom.of(uuid(port.orElseThrow())));
        final var bridgeUuid = OvsdbCondition.equal("_uuid", OvsdbAtom.of(uuid(bridge.orElseThrow())));
        return List.of(
            new OvsdbWait("Bridge", OptionalLong.of(0), List.of(bridgeUuid, new OvsdbCondition("ports",
                OvsdbCondition.Function.INCLUDES, portUuid)), List.of("name"), OvsdbWait.Until.EQUAL,
                List.of(new OvsdbRow(Map.of("name", bridge.orElseThrow().get("name").orElseThrow())))),
            new OvsdbMutate("Bridge", List.of(bridgeUuid), List.of(OvsdbMutation.delete("ports", portUuid))));
    }

    /** A guard: no row of the table has that name (yet). */
    private static OvsdbWait absent(final String table, final String name) {
        return new OvsdbWait(table, OptionalLong.of(0), List.of(OvsdbCondition.nameIs(name)), List.of("name"),
            OvsdbWait.Until.EQUAL, List.of());
    }
}
