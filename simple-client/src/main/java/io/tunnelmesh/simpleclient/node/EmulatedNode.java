/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.node;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.simpleclient.emulator.EmulatedSwitch;
import io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatedDatabase;
import io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatedServer;
import io.tunnelmesh.simpleclient.switchstate.Packet;
import io.tunnelmesh.simpleclient.switchstate.PipelineResult;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One emulated hypervisor: an emulated {@code ovsdb-server} (with what {@code ovs-vswitchd} writes back) and the
 * emulated OpenFlow switch of its integration bridge, coupled as {@code ovs-vswitchd} couples them. After every
 * commit the bridge's rows are read again ({@link BridgeView}) and the switch follows them: it dials the bridge's
 * {@code controller} with the bridge's datapath id (again when either changes, not at all when the controller is
 * removed or the {@code protocols} leave out OpenFlow 1.3), and its ports are the bridge's interfaces with the
 * {@code ofport}s the database assigned, flow-based tunnels ({@code options:remote_ip=flow}) included.
 *
 * <p>At start the bridge exists with its own interface and {@code vm-1} to {@code vm-K}, each with
 * {@code external_ids:attached-mac} (as Nova and libvirt plug a guest), and no controller.
 */
public final class EmulatedNode {
    private final int number;
    private final EmulatedNodeConfig config;
    private final OvsdbEmulatedDatabase database;
    private final OvsdbEmulatedServer server;
    private final EmulatedSwitch ofSwitch;
    private final InetSocketAddress ovsdbAddress;
    private volatile BridgeView view = BridgeView.ABSENT;

    EmulatedNode(final int number, final EmulatedNodeConfig config, final OvsdbEmulatedDatabase database,
            final OvsdbEmulatedServer server, final InetSocketAddress ovsdbAddress, final EmulatedSwitch ofSwitch) {
        this.number = number;
        this.config = config;
        this.database = database;
        this.server = server;
        this.ovsdbAddress = ovsdbAddress;
        this.ofSwitch = ofSwitch;
        database.afterEachCommit(this::follow);
        final var plugged = database.transact(plugVms(number, config));
        if (!plugged.isSuccess()) {
            throw new IllegalStateException("cannot create " + config.bridge() + " with its VMs: " + plugged);
        }
    }

    /**
     * The transaction that creates the bridge with its own internal interface and the VMs.
     */
    static List<OvsdbOperation> plugVms(final int node, final EmulatedNodeConfig config) {
        final var operations = new ArrayList<OvsdbOperation>();
        final var ports = new HashSet<OvsdbAtom>();
        addPort(operations, ports, 0, config.bridge(), "internal", Map.of());
        for (int vm = 1; vm <= config.vms(); vm++) {
            addPort(operations, ports, vm, EmulatedNodeConfig.vmName(vm), "", Map.of("attached-mac",
                EmulatedNodeConfig.vmMac(node, vm).toString(), "iface-id", EmulatedNodeConfig.vmName(vm)));
        }
        operations.add(new OvsdbInsert("Bridge", new OvsdbRow(Map.of("name", OvsdbAtom.of(config.bridge()),
            "ports", new OvsdbSet(ports))), "bridge"));
        operations.add(new OvsdbMutate("Open_vSwitch", List.of(), List.of(
            OvsdbMutation.insert("bridges", OvsdbSet.of(new OvsdbNamedUuid("bridge"))))));
        return List.copyOf(operations);
    }

    private static void addPort(final List<OvsdbOperation> operations, final Set<OvsdbAtom> ports,
            final int index, final String name, final String type, final Map<String, String> externalIds) {
        operations.add(new OvsdbInsert("Interface", new OvsdbRow(Map.of("name", OvsdbAtom.of(name),
            "type", OvsdbAtom.of(type), "external_ids", OvsdbMap.ofStrings(externalIds))), "iface" + index));
        operations.add(new OvsdbInsert("Port", new OvsdbRow(Map.of("name", OvsdbAtom.of(name),
            "interfaces", OvsdbSet.of(new OvsdbNamedUuid("iface" + index)))), "port" + index));
        ports.add(new OvsdbNamedUuid("port" + index));
    }

    /**
     * Reads the bridge again and hands what changed to the switch; called after every commit, under the database's
     * lock, so calls come one at a time and in commit order.
     */
    private void follow() {
        final var next = BridgeView.of(database, config.bridge());
        final var previous = view;
        view = next;
        if (!next.ports().equals(previous.ports())) {
            ofSwitch.ports(next.ports());
        }
        if (!Objects.equals(next.controller(), previous.controller())
                || next.datapathId() != previous.datapathId()) {
            ofSwitch.retarget(next.controller(), next.datapathId());
        }
    }

    /**
     * The node's number in its fleet.
     *
     * @return the number, 1-based
     */
    public int number() {
        return number;
    }

    /**
     * What the node is.
     *
     * @return the configuration
     */
    public EmulatedNodeConfig config() {
        return config;
    }

    /**
     * Where the node's {@code ovsdb-server} listens ({@code ptcp:PORT:IP}).
     *
     * @return the address
     */
    public InetSocketAddress ovsdbAddress() {
        return ovsdbAddress;
    }

    /**
     * The address as a TunnelMesh node's {@code ovsdb-address} leaf takes it.
     *
     * @return {@code tcp:IP:PORT}
     */
    public String ovsdbTarget() {
        return "tcp:" + ovsdbAddress.getAddress().getHostAddress() + ":" + ovsdbAddress.getPort();
    }

    /**
     * The node's database.
     *
     * @return the database
     */
    public OvsdbEmulatedDatabase database() {
        return database;
    }

    /**
     * The node's OVSDB server.
     *
     * @return the server
     */
    public OvsdbEmulatedServer server() {
        return server;
    }

    /**
     * The OpenFlow switch of the node's integration bridge.
     *
     * @return the switch
     */
    public EmulatedSwitch ofSwitch() {
        return ofSwitch;
    }

    /**
     * What the bridge's rows said after the last commit.
     *
     * @return the view
     */
    public BridgeView bridge() {
        return view;
    }

    /**
     * The {@code ofport} of an interface on any bridge, once assigned.
     *
     * @param interfaceName the interface's name
     * @return the port number, empty if there is no such interface or it has none (yet, or -1 for a failure)
     */
    public Optional<Long> ofport(final String interfaceName) {
        for (var row : database.rows("Interface").values()) {
            if (row.columns().get("name") instanceof OvsdbString name && name.value().equals(interfaceName)
                    && row.columns().get("ofport") instanceof OvsdbSet ofport && ofport.size() == 1
                    && ofport.elements().iterator().next() instanceof OvsdbInteger port) {
                return Optional.of(port.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Where the switch would send a packet ({@code SwitchState.evaluate}), on the switch's event loop.
     *
     * @param packet the packet
     * @return the outputs and the trace
     */
    public CompletableFuture<PipelineResult> evaluate(final Packet packet) {
        return ofSwitch.query(state -> state.evaluate(packet));
    }

    @Override
    public String toString() {
        return "node " + number + " (OVSDB " + ovsdbTarget() + ", " + ofSwitch + ")";
    }
}
