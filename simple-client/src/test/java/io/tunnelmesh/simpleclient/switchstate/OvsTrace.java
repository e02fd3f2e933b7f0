/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.LOCAL_NODE;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.NODE_2;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.NODE_3;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.TUNNEL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forwarding decisions of Open vSwitch and of the emulator in one comparable form: the sorted outputs, each
 * {@code port N}, {@code controller} or {@code tunnel vni=V dst=A}. Open vSwitch's come from
 * {@code ovs-appctl ofproto/trace}'s "Datapath actions" on the bridges {@link #buildOverlayBridges} makes (br0 with
 * dummy ports 1 to 5 and the VXLAN port 10 taking its remote end from {@code tun_dst}; tunnelled packets leave
 * through native tunnelling over br-phy, which owns the local node's address); the emulator's from a
 * {@link PipelineResult}.
 */
public final class OvsTrace {
    private static final Pattern DATAPATH_ACTIONS = Pattern.compile("^Datapath actions: (.*)$", Pattern.MULTILINE);
    private static final Pattern TUNNEL_HEADER = Pattern.compile(
        "ipv4\\(src=[0-9.]+,dst=([0-9.]+),.*vxlan\\(flags=0x[0-9a-f]+,vni=0x([0-9a-f]+)\\)");
    private static final Pattern DPIF_BRIDGE = Pattern.compile("^ {2}(\\S+):$");
    private static final Pattern DPIF_PORT = Pattern.compile("^ {4}(\\S+) (\\d+)/(\\d+):");
    private static final int OVS_LOCAL = 65534;
    private static final String BRIDGE = "br0";

    private final OvsSandbox ovs;
    private final Map<Integer, Integer> ports;

    private OvsTrace(final OvsSandbox ovs, final Map<Integer, Integer> ports) {
        this.ovs = ovs;
        this.ports = ports;
    }

    /**
     * Builds br0 (ports 1 to 5, the flow-based VXLAN port 10; secure fail mode, OpenFlow 1.3) and the underlay
     * bridge br-phy in a sandbox started with {@link OvsSandbox#startWithTunnels()}; the underlay routes
     * 192.168.1.0/24 and knows the MACs of the overlay's two other nodes.
     *
     * @param ovs the sandbox
     * @return a reader of br0's traces
     * @throws IOException if a command fails
     */
    public static OvsTrace buildOverlayBridges(final OvsSandbox ovs) throws IOException {
        final var vsctl = new ArrayList<>(List.of("add-br", BRIDGE, "--", "set", "bridge", BRIDGE,
            "datapath_type=dummy", "fail-mode=secure", "protocols=OpenFlow13"));
        for (int port = 1; port <= 5; port++) {
            vsctl.addAll(List.of("--", "add-port", BRIDGE, "p" + port, "--", "set", "Interface", "p" + port,
                "type=dummy", "ofport_request=" + port));
        }
        vsctl.addAll(List.of("--", "add-port", BRIDGE, "vx1", "--", "set", "Interface", "vx1", "type=vxlan",
            "options:remote_ip=flow", "options:key=flow", "ofport_request=" + TUNNEL,
            "--", "add-br", "br-phy", "--", "set", "bridge", "br-phy", "datapath_type=dummy", "fail-mode=secure",
            "protocols=OpenFlow13", "--", "add-port", "br-phy", "uplink", "--", "set", "Interface", "uplink",
            "type=dummy", "ofport_request=1"));
        ovs.vsctl(vsctl.toArray(String[]::new));
        // the underlay: br-phy owns the local node's address, routes the overlay's nodes, knows their MACs
        ovs.appctl("netdev-dummy/ip4addr", "br-phy", LOCAL_NODE.getHostAddress() + "/24");
        ovs.appctl("ovs/route/add", "192.168.1.0/24", "br-phy");
        ovs.appctl("tnl/arp/set", "br-phy", NODE_2.getHostAddress(), "aa:bb:cc:00:00:02");
        ovs.appctl("tnl/arp/set", "br-phy", NODE_3.getHostAddress(), "aa:bb:cc:00:00:03");
        ovs.ofctl("OpenFlow13", "add-flow", "br-phy", "in_port=LOCAL,actions=output:1");
        return new OvsTrace(ovs, datapathPorts(ovs));
    }

    /**
     * Asserts that Open vSwitch forwards a packet as the emulator did.
     *
     * @param packet the packet, in {@code ofproto/trace}'s flow syntax by its {@code toString()}
     * @param emulated the emulator's evaluation of it
     * @throws IOException if the trace fails
     */
    public void assertSameForwarding(final Packet packet, final PipelineResult emulated) throws IOException {
        final String trace = ovs.appctl("ofproto/trace", BRIDGE, packet.toString());
        assertEquals(outputs(trace), outputs(emulated), () -> packet + "\nOVS:\n" + trace + "\nemulator:\n"
            + String.join("\n", emulated.trace()));
    }

    /**
     * The outputs of the emulator.
     *
     * @param result an evaluation
     * @return the sorted outputs
     */
    public static List<String> outputs(final PipelineResult result) {
        return result.outputs().stream().map(output -> {
            if (output.isController()) {
                return "controller";
            }
            if (output.port() == TUNNEL) {
                return "tunnel vni=" + output.packet().tunId() + " dst="
                    + output.packet().tunIpv4Dst().getHostAddress();
            }
            return "port " + Integer.toUnsignedString(output.port());
        }).sorted().toList();
    }

    /**
     * The outputs in OVS's datapath actions: a number is a datapath port of br0, {@code userspace(...controller...)}
     * the controller, {@code tnl_push(...)} a tunnel (its outer IPv4 destination and VXLAN VNI; the datapath port
     * after it is br-phy's uplink), {@code set(...)}, {@code push_vlan} and the like change headers and output
     * nothing.
     */
    private List<String> outputs(final String trace) {
        final Matcher line = DATAPATH_ACTIONS.matcher(trace);
        if (!line.find()) {
            throw new AssertionError("no datapath actions in\n" + trace);
        }
        final var outputs = new ArrayList<String>();
        for (String action : topLevel(line.group(1).trim())) {
            if (action.matches("\\d+")) {
                final Integer port = ports.get(Integer.parseInt(action));
                if (port != null) {
                    outputs.add("port " + Integer.toUnsignedString(port == OVS_LOCAL ? OfActionOutput.LOCAL : port));
                }
            } else if (action.startsWith("userspace(") && action.contains("controller(")) {
                outputs.add("controller");
            } else if (action.contains("tnl_push(")) {
                final Matcher tunnel = TUNNEL_HEADER.matcher(action);
                if (!tunnel.find()) {
                    throw new AssertionError("cannot read the tunnel header of " + action);
                }
                outputs.add("tunnel vni=" + Long.parseLong(tunnel.group(2), 16) + " dst=" + tunnel.group(1));
            }
        }
        return outputs.stream().sorted().toList();
    }

    /** Splits {@code a(b,c),d} at the commas outside parentheses. */
    private static List<String> topLevel(final String actions) {
        final var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int index = 0; index < actions.length(); index++) {
            final char c = actions.charAt(index);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(actions.substring(start, index));
                start = index + 1;
            }
        }
        parts.add(actions.substring(start));
        return parts;
    }

    /** br0's datapath port numbers to OpenFlow port numbers, from {@code dpif/show}. */
    private static Map<Integer, Integer> datapathPorts(final OvsSandbox ovs) throws IOException {
        final var ports = new HashMap<Integer, Integer>();
        String bridge = "";
        for (String line : ovs.appctl("dpif/show").lines().toList()) {
            final Matcher bridgeLine = DPIF_BRIDGE.matcher(line);
            if (bridgeLine.find()) {
                bridge = bridgeLine.group(1);
            }
            final Matcher portLine = DPIF_PORT.matcher(line);
            if (portLine.find() && bridge.equals(BRIDGE)) {
                ports.put(Integer.parseInt(portLine.group(3)), Integer.parseInt(portLine.group(2)));
            }
        }
        return ports;
    }
}
