/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.node;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.simpleclient.emulator.PortPlan;
import io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatedDatabase;
import io.tunnelmesh.simpleclient.switchstate.SwitchPort;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What {@code ovs-vswitchd} makes of one bridge's OVSDB rows, for the OpenFlow side of an {@link EmulatedNode}.
 * <ul>
 *   <li>the controller it dials: the bridge's first {@code Controller} row whose {@code target} is
 *       {@code tcp:IP:PORT} ({@code ovs-vswitchd.conf.db(5)}, Controller TABLE), none if the bridge's
 *       {@code protocols} are set and leave out {@code OpenFlow13} (the emulated switch speaks only 1.3);</li>
 *   <li>its datapath id: {@code other_config:datapath-id} when it is 16 hex digits, else the {@code datapath_id}
 *       column; no controller is dialed before there is one;</li>
 *   <li>its ports: every interface of the bridge with an {@code ofport} above 0, numbered so (the bridge's own
 *       interface, 65534, is {@code LOCAL}); a port whose {@code options:remote_ip} is {@code flow} is a flow-based
 *       tunnel; the MAC is {@code external_ids:attached-mac} when set (as OpenStack and the pre-plugged VMs set
 *       it).</li>
 * </ul>
 *
 * @param controller where the switch dials, or {@code null} for nowhere
 * @param datapathId the datapath id (0 before the bridge has one)
 * @param ports the ports, by number
 */
public record BridgeView(@Nullable InetSocketAddress controller, long datapathId, List<SwitchPort> ports) {
    /** The view of a bridge that does not exist: no controller, no ports. */
    public static final BridgeView ABSENT = new BridgeView(null, 0, List.of());
    private static final long LOCAL_OFPORT = 65534;
    private static final long LOCAL_MAC_BIT = 0x02_00_00_00_00_00L;
    private static final long MAC_LOW_BITS = 0xff_ffff_ffffL;

    /**
     * Copies the ports.
     */
    public BridgeView {
        ports = List.copyOf(ports);
    }

    /**
     * Reads a bridge.
     *
     * @param database the node's database
     * @param bridgeName the bridge's name
     * @return the view, {@link #ABSENT} if there is no such bridge
     */
    public static BridgeView of(final OvsdbEmulatedDatabase database, final String bridgeName) {
        final OvsdbRow bridge = database.rows("Bridge").values().stream()
            .filter(row -> bridgeName.equals(text(row.columns().get("name")))).findFirst().orElse(null);
        if (bridge == null) {
            return ABSENT;
        }
        // other_config:datapath-id first: ovs-vswitchd realises it before it connects (in the emulation, the
        // follow-up transaction writing datapath_id comes after the client's commit)
        final var requested = mapValue(bridge.columns().get("other_config"), "datapath-id");
        final var datapathIdText = requested != null && requested.matches("[0-9a-fA-F]{16}") ? requested
            : text(bridge.columns().get("datapath_id"));
        final long datapathId = datapathIdText == null ? 0 : Long.parseUnsignedLong(datapathIdText, 16);
        final var protocols = strings(bridge.columns().get("protocols"));
        InetSocketAddress controller = null;
        if (datapathId != 0 && (protocols.isEmpty() || protocols.contains("OpenFlow13"))) {
            final var controllers = database.rows("Controller");
            for (UUID id : uuids(bridge.columns().get("controller"))) {
                final var row = controllers.get(id);
                final var target = row == null ? null : tcpTarget(text(row.columns().get("target")));
                if (target != null) {
                    controller = target;
                    break;
                }
            }
        }
        return new BridgeView(controller, datapathId, ports(database, bridge, datapathId));
    }

    private static List<SwitchPort> ports(final OvsdbEmulatedDatabase database, final OvsdbRow bridge,
            final long datapathId) {
        final var portRows = database.rows("Port");
        final var interfaceRows = database.rows("Interface");
        final var ports = new ArrayList<SwitchPort>();
        for (UUID portId : uuids(bridge.columns().get("ports"))) {
            final var port = portRows.get(portId);
            if (port == null) {
                continue;
            }
            for (UUID interfaceId : uuids(port.columns().get("interfaces"))) {
                final var iface = interfaceRows.get(interfaceId);
                final var ofport = iface == null ? null : integer(iface.columns().get("ofport"));
                if (ofport == null || ofport <= 0) {
                    continue;
                }
                final var name = text(iface.columns().get("name"));
                final int number = ofport == LOCAL_OFPORT ? OfActionOutput.LOCAL : ofport.intValue();
                final var attached = mapValue(iface.columns().get("external_ids"), "attached-mac");
                final var mac = attached != null ? MacAddress.of(attached)
                    : new MacAddress(LOCAL_MAC_BIT | (datapathId * 31 + name.hashCode()) & MAC_LOW_BITS);
                final var desc = PortPlan.desc(number, name, mac);
                ports.add("flow".equals(mapValue(iface.columns().get("options"), "remote_ip"))
                    ? SwitchPort.flowBasedTunnel(desc) : SwitchPort.of(desc));
            }
        }
        ports.sort((one, other) -> Integer.compareUnsigned(one.number(), other.number()));
        return ports;
    }

    /**
     * {@code tcp:IP:PORT} or {@code tcp:[IPv6]:PORT} as an address; {@code null} for anything else (ssl, unix,
     * passive targets are not emulated).
     */
    static @Nullable InetSocketAddress tcpTarget(final @Nullable String target) {
        if (target == null || !target.startsWith("tcp:")) {
            return null;
        }
        final var rest = target.substring("tcp:".length());
        final int colon = rest.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        var host = rest.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new InetSocketAddress(host, Integer.parseInt(rest.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String text(final @Nullable OvsdbValue value) {
        final OvsdbValue atom = value instanceof OvsdbSet set && set.size() == 1 ? set.elements().iterator().next()
            : value;
        return atom instanceof OvsdbString string ? string.value() : null;
    }

    private static @Nullable Long integer(final @Nullable OvsdbValue value) {
        final OvsdbValue atom = value instanceof OvsdbSet set && set.size() == 1 ? set.elements().iterator().next()
            : value;
        return atom instanceof OvsdbInteger number ? number.value() : null;
    }

    private static List<String> strings(final @Nullable OvsdbValue value) {
        final var strings = new ArrayList<String>();
        if (value instanceof OvsdbSet set) {
            set.elements().forEach(element -> {
                if (element instanceof OvsdbString string) {
                    strings.add(string.value());
                }
            });
        } else if (value instanceof OvsdbString string) {
            strings.add(string.value());
        }
        return strings;
    }

    private static List<UUID> uuids(final @Nullable OvsdbValue value) {
        final var uuids = new ArrayList<UUID>();
        if (value instanceof OvsdbSet set) {
            set.elements().forEach(element -> {
                if (element instanceof OvsdbUuid uuid) {
                    uuids.add(uuid.value());
                }
            });
        } else if (value instanceof OvsdbUuid uuid) {
            uuids.add(uuid.value());
        }
        return uuids;
    }

    private static @Nullable String mapValue(final @Nullable OvsdbValue value, final String key) {
        if (value instanceof OvsdbMap map) {
            final Map<OvsdbAtom, OvsdbAtom> entries = map.entries();
            return entries.get(OvsdbAtom.of(key)) instanceof OvsdbString string ? string.value() : null;
        }
        return null;
    }
}
