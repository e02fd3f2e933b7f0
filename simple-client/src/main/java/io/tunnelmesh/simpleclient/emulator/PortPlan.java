/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.simpleclient.switchstate.SwitchPort;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;

/**
 * The ports every emulated switch of a fleet has: {@code count} ordinary ports numbered 1 to {@code count}, plus the
 * {@code LOCAL} port, as Open vSwitch reports a bridge. Names and MAC addresses are derived from the switch's number
 * (1-based) and the port number, so that every port of the fleet is distinct:
 * <pre>
 *   name  String.format(nameFormat, switchNumber, portNumber)    default "s%d-eth%d" (as Mininet names them)
 *   LOCAL String.format(bridgeFormat, switchNumber)              default "s%d"
 *   MAC   macBase + switchNumber &lt;&lt; 16 + portNumber     default base 02:00:00:00:00:00 (locally administered)
 * </pre>
 * With a {@code tunnelPort}, each switch also has a flow-based tunnel port of that number, named
 * {@code <LOCAL's name>-vx}: an Open vSwitch VXLAN port with {@code options:remote_ip=flow options:key=flow}, which
 * forwards only packets whose {@code tun_dst} is set (the overlay's nodes are chosen by the flows).
 *
 * <p>OpenFlow port names have at most 15 bytes ({@code OFP_MAX_PORT_NAME_LEN} 16 with the NUL), which the formats must
 * respect for the largest switch and port numbers of the fleet.
 *
 * @param count the number of ordinary ports, 0 to 65,279 (OpenFlow 1.0's {@code OFPP_MAX} is 0xff00)
 * @param nameFormat the format of a port's name: switch number, then port number
 * @param bridgeFormat the format of the {@code LOCAL} port's name: switch number
 * @param macBase the MAC address the others are offset from
 * @param tunnelPort the number of the flow-based tunnel port, above {@code count} and at most {@link #MAX_PORTS}, or
 *     0 for none
 */
public record PortPlan(int count, String nameFormat, String bridgeFormat, MacAddress macBase, int tunnelPort) {
    /** The largest port count: OpenFlow 1.0 port numbers stop at {@code OFPP_MAX}, 0xff00. */
    public static final int MAX_PORTS = 0xff00 - 1;
    /** OpenFlow 1.3 {@code OFPPF_10GB_FD | OFPPF_COPPER}: what the emulated ports say they are. */
    static final int FEATURES_10GB_COPPER = 1 << 6 | 1 << 11;
    /** 10 Gb/s in kb/s, the ports' current speed. */
    static final int SPEED_10GB_KBPS = 10_000_000;
    private static final int SWITCH_SHIFT = 16;
    private static final long MAC_MASK = 0xffff_ffff_ffffL;

    /** Four ports per switch, Mininet-style names, locally administered MACs. */
    public static final PortPlan DEFAULT = new PortPlan(4, "s%d-eth%d", "s%d", new MacAddress(0x02_00_00_00_00_00L));
    private static final String TUNNEL_SUFFIX = "-vx";

    /**
     * A plan without a tunnel port.
     *
     * @param count the number of ordinary ports
     * @param nameFormat the format of a port's name
     * @param bridgeFormat the format of the {@code LOCAL} port's name
     * @param macBase the MAC address the others are offset from
     */
    public PortPlan(final int count, final String nameFormat, final String bridgeFormat, final MacAddress macBase) {
        this(count, nameFormat, bridgeFormat, macBase, 0);
    }

    /**
     * Checks the count and that both formats take their numbers.
     *
     * @throws IllegalArgumentException if the count is out of range or a format is not a format of its numbers
     */
    public PortPlan {
        if (count < 0 || count > MAX_PORTS) {
            throw new IllegalArgumentException("port count " + count + " is not 0 to " + MAX_PORTS);
        }
        if (tunnelPort != 0 && (tunnelPort <= count || tunnelPort > MAX_PORTS)) {
            throw new IllegalArgumentException("tunnel port " + tunnelPort + " is not " + (count + 1) + " to "
                + MAX_PORTS);
        }
        try {
            checkName(String.format(Locale.ROOT, nameFormat, 1, 1));
            checkName(String.format(Locale.ROOT, bridgeFormat, 1) + (tunnelPort != 0 ? TUNNEL_SUFFIX : ""));
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("bad port name format \"" + nameFormat + "\" or bridge name format \""
                + bridgeFormat + "\": " + e.getMessage(), e);
        }
    }

    /**
     * A plan with the default names and MACs.
     *
     * @param count the number of ordinary ports
     * @return the plan
     */
    public static PortPlan of(final int count) {
        return new PortPlan(count, DEFAULT.nameFormat, DEFAULT.bridgeFormat, DEFAULT.macBase);
    }

    /**
     * Checks that the names of the largest switch number fit an OpenFlow port name.
     *
     * @param switches the number of switches of the fleet
     * @throws IllegalArgumentException naming the first name that is too long
     */
    void checkNames(final int switches) {
        checkName(name(switches, Math.max(count, 1)));
        checkName(bridgeName(switches) + (tunnelPort != 0 ? TUNNEL_SUFFIX : ""));
    }

    private static void checkName(final String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length >= OfPortDesc.NAME_LENGTH || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("port name \"" + name
                + "\" is longer than the 15 bytes OpenFlow allows");
        }
    }

    private String name(final int switchNumber, final int port) {
        return String.format(Locale.ROOT, nameFormat, switchNumber, port);
    }

    private String bridgeName(final int switchNumber) {
        return String.format(Locale.ROOT, bridgeFormat, switchNumber);
    }

    /**
     * The MAC address of a port.
     *
     * @param switchNumber the switch's number, 1-based
     * @param port the port number, 0 for {@code LOCAL}
     * @return the address
     */
    public MacAddress mac(final int switchNumber, final int port) {
        return new MacAddress(macBase.bits() + ((long) switchNumber << SWITCH_SHIFT) + port & MAC_MASK);
    }

    /**
     * The same plan with a flow-based tunnel port.
     *
     * @param number the tunnel port's number, above the ordinary ports
     * @return the plan
     */
    public PortPlan withTunnelPort(final int number) {
        return new PortPlan(count, nameFormat, bridgeFormat, macBase, number);
    }

    /**
     * The ports of one switch: 1 to {@code count}, the tunnel port if any, then {@code LOCAL}; all up and live.
     *
     * @param switchNumber the switch's number, 1-based
     * @return the ports
     */
    public List<SwitchPort> ports(final int switchNumber) {
        final var ports = new ArrayList<SwitchPort>(count + 2);
        for (int port = 1; port <= count; port++) {
            ports.add(SwitchPort.of(desc(port, name(switchNumber, port), mac(switchNumber, port))));
        }
        if (tunnelPort != 0) {
            ports.add(SwitchPort.flowBasedTunnel(desc(tunnelPort, bridgeName(switchNumber) + TUNNEL_SUFFIX,
                mac(switchNumber, tunnelPort))));
        }
        ports.add(SwitchPort.of(desc(OfActionOutput.LOCAL, bridgeName(switchNumber), mac(switchNumber, 0))));
        return ports;
    }

    /**
     * The description of an emulated port: up and live, 10 Gb/s copper, as Open vSwitch describes a virtual port.
     *
     * @param number the port number
     * @param name its name
     * @param mac its hardware address
     * @return the description
     */
    public static OfPortDesc desc(final int number, final String name, final MacAddress mac) {
        return new OfPortDesc(number, mac, name, 0, SwitchPort.STATE_LIVE, FEATURES_10GB_COPPER, 0, 0, 0,
            SPEED_10GB_KBPS, 0);
    }
}
