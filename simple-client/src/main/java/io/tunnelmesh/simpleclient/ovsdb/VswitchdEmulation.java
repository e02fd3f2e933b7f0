/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What {@code ovs-vswitchd} writes back into {@code Open_vSwitch} after a client's commit, decided as operations that
 * the database runs as a transaction of its own, as the real daemon's follow-up transaction is. It writes:
 * <ul>
 *   <li>{@code Open_vSwitch}: {@code ovs_version}, {@code iface_types}, {@code datapath_types} from the
 *       configuration, and {@code cur_cfg} catching up with {@code next_cfg} (what {@code ovs-vsctl} waits for);</li>
 *   <li>each bridge of {@code Open_vSwitch.bridges}: a {@code datapath_id} of 16 hex digits, its
 *       {@code other_config:datapath-id} if it has one, else chosen once;</li>
 *   <li>each of its interfaces without an {@code ofport}: the bridge's own internal interface gets 65534
 *       ({@code OFPP_LOCAL}), another its {@code ofport_request} if free, else the lowest free number from 1, as OVS
 *       allocates; an interface of an unsupported type gets -1 and an {@code error}.</li>
 * </ul>
 */
public final class VswitchdEmulation {
    /** The port number of a bridge's own internal interface, {@code OFPP_LOCAL}. */
    static final long LOCAL_PORT = 65534;

    private final OvsdbEmulatorConfig config;

    /**
     * An emulation.
     *
     * @param config what the switch reports and cannot do
     */
    public VswitchdEmulation(final OvsdbEmulatorConfig config) {
        this.config = config;
    }

    /**
     * The operations that create the {@code Open_vSwitch} row, as {@code ovs-vsctl init} and the daemon's start
     * leave it.
     *
     * @return the operations
     */
    List<OvsdbOperation> initialise() {
        return List.of(new OvsdbInsert("Open_vSwitch", new OvsdbRow(Map.of(
            "ovs_version", OvsdbSet.of(OvsdbAtom.of(config.ovsVersion())),
            "iface_types", strings(config.ifaceTypes()),
            "datapath_types", strings(config.datapathTypes())))));
    }

    private static OvsdbSet strings(final List<String> strings) {
        return new OvsdbSet(new HashSet<>(strings.stream().map(OvsdbString::new).toList()));
    }

    /**
     * The operations that realise the database's current configuration.
     *
     * @param database the database, after a client's commit
     * @return the updates, or none if everything is realised
     */
    List<OvsdbOperation> realise(final OvsdbEmulatedDatabase database) {
        final var operations = new ArrayList<OvsdbOperation>();
        final var bridges = database.rows("Bridge");
        final var ports = database.rows("Port");
        final var interfaces = database.rows("Interface");
        for (var root : database.rows("Open_vSwitch").values()) {
            if (!root.columns().get("cur_cfg").equals(root.columns().get("next_cfg"))) {
                operations.add(update("Open_vSwitch", root, Map.of("cur_cfg", root.columns().get("next_cfg"))));
            }
            for (var bridgeId : uuids(root.columns().get("bridges"))) {
                final var bridge = bridges.get(bridgeId);
                if (bridge != null) {
                    realiseBridge(bridge, ports, interfaces, operations);
                }
            }
        }
        return operations;
    }

    private void realiseBridge(final OvsdbRow bridge, final Map<UUID, OvsdbRow> ports,
            final Map<UUID, OvsdbRow> interfaces, final List<OvsdbOperation> operations) {
        final var bridgeId = OvsdbTransaction.uuidOf(bridge);
        // ovs-vswitchd's bridge_configure_datapath_id(): other_config:datapath-id if it is 16 hex digits, else one
        // derived from a MAC address (here from the row's UUID), kept once chosen
        final var current = (OvsdbSet) bridge.columns().get("datapath_id");
        final var requested = bridge.columns().get("other_config") instanceof OvsdbMap otherConfig
            ? otherConfig.entries().get(OvsdbAtom.of("datapath-id")) : null;
        final OvsdbAtom wanted = requested instanceof OvsdbString text && text.value().matches("[0-9a-fA-F]{16}")
            ? OvsdbAtom.of(text.value().toLowerCase(Locale.ROOT))
            : current.size() == 1 ? current.elements().iterator().next()
            : OvsdbAtom.of(String.format("%016x", bridgeId.getLeastSignificantBits() & 0xffff_ffff_ffffL));
        if (!current.equals(OvsdbSet.of(wanted))) {
            operations.add(update("Bridge", bridge, Map.of("datapath_id", OvsdbSet.of(wanted))));
        }
        final var bridgeName = ((OvsdbString) bridge.columns().get("name")).value();
        final var members = new ArrayList<OvsdbRow>();
        for (var portId : uuids(bridge.columns().get("ports"))) {
            final var port = ports.get(portId);
            if (port != null) {
                uuids(port.columns().get("interfaces")).stream().map(interfaces::get)
                    .filter(iface -> iface != null).forEach(members::add);
            }
        }
        final Set<Long> used = new HashSet<>();
        for (var iface : members) {
            ofport(iface).ifPresent(used::add);
        }
        for (var iface : members) {
            if (ofport(iface).isPresent()) {
                continue;
            }
            final var name = ((OvsdbString) iface.columns().get("name")).value();
            final var type = ((OvsdbString) iface.columns().get("type")).value();
            final Map<String, OvsdbValue> changes = new HashMap<>();
            if (config.unsupportedInterfaceTypes().contains(type)) {
                changes.put("ofport", OvsdbSet.of(new OvsdbInteger(-1)));
                changes.put("error", OvsdbSet.of(OvsdbAtom.of("could not add network device " + name
                    + " to ofproto (unsupported tunnel type " + type + ")")));
            } else {
                final long port = name.equals(bridgeName) ? LOCAL_PORT : allocate(iface, used);
                used.add(port);
                changes.put("ofport", OvsdbSet.of(new OvsdbInteger(port)));
            }
            operations.add(update("Interface", iface, changes));
        }
    }

    private static long allocate(final OvsdbRow iface, final Set<Long> used) {
        final var request = (OvsdbSet) iface.columns().get("ofport_request");
        if (request.size() == 1 && request.elements().iterator().next() instanceof OvsdbInteger wanted
                && !used.contains(wanted.value())) {
            return wanted.value();
        }
        long port = 1;
        while (used.contains(port)) {
            port++;
        }
        return port;
    }

    private static Optional<Long> ofport(final OvsdbRow iface) {
        final var ofport = (OvsdbSet) iface.columns().get("ofport");
        return ofport.size() == 1 && ofport.elements().iterator().next() instanceof OvsdbInteger port
            ? Optional.of(port.value()) : Optional.empty();
    }

    private static List<UUID> uuids(final OvsdbValue value) {
        final var uuids = new ArrayList<UUID>();
        if (value instanceof OvsdbSet set) {
            set.elements().forEach(element -> {
                if (element instanceof OvsdbUuid uuid) {
                    uuids.add(uuid.value());
                }
            });
        }
        return uuids;
    }

    private static OvsdbUpdate update(final String table, final OvsdbRow row, final Map<String, OvsdbValue> changes) {
        return new OvsdbUpdate(table, List.of(OvsdbCondition.equal("_uuid", OvsdbAtom.of(OvsdbTransaction.uuidOf(
            row)))), new OvsdbRow(changes));
    }
}
