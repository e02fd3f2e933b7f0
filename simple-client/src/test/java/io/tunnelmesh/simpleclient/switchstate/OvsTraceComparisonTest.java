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
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.SEGMENT_A;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.SEGMENT_B;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.TUNNEL;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM1;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM2;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM3;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM4;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM5;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionExit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTable;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The emulator's flow table against Open vSwitch 3.1: the same group-mods and flow-mods (encoded by the production
 * codecs) go to a private {@code ovs-vswitchd} and to a {@link SwitchState}; for each of two dozen packets,
 * {@code ovs-appctl ofproto/trace}'s "Datapath actions" must name the same ports, tunnel destinations and VNIs as
 * the evaluator's outputs. The bridge has dummy ports 1 to 5 and a VXLAN port 10 taking its remote end from
 * {@code tun_dst}; tunnelled packets leave through native tunnelling ({@code tnl_push}) over a second bridge that
 * owns 192.168.1.1.
 */
class OvsTraceComparisonTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern DATAPATH_ACTIONS = Pattern.compile("^Datapath actions: (.*)$", Pattern.MULTILINE);
    private static final Pattern TUNNEL_HEADER = Pattern.compile(
        "ipv4\\(src=[0-9.]+,dst=([0-9.]+),.*vxlan\\(flags=0x[0-9a-f]+,vni=0x([0-9a-f]+)\\)");
    private static final Pattern DPIF_BRIDGE = Pattern.compile("^ {2}(\\S+):$");
    private static final Pattern DPIF_PORT = Pattern.compile("^ {4}(\\S+) (\\d+)/(\\d+):");
    private static final int OVS_LOCAL = 65534;
    private static final int TTL_PORT = 5;
    private static final int SEMANTICS_PORT = 4;

    @Test
    void openVswitchAndTheEmulatorForwardEveryPacketAlike() throws IOException {
        final List<OfMessage> messages = new ArrayList<>(L2OverlayFlows.messages());
        messages.addAll(semanticsFlows(messages.size() + 1));
        final var emulator = new SwitchState(TestSwitches.withTunnel(), new TestSwitches.TestClock(),
            RequestBytes.NONE);
        for (OfMessage message : messages) {
            assertEquals(List.of(), emulator.handle(message), message::toString);
        }
        try (var ovs = OvsSandbox.startWithTunnels()) {
            buildBridges(ovs);
            send(ovs, messages);
            final String flows = ovs.ofctl("OpenFlow13", "dump-flows", "br0");
            assertEquals(emulator.flowCount(), flows.lines().filter(line -> line.contains("cookie=")).count(), flows);

            final Map<Integer, Integer> ports = datapathPorts(ovs);
            int compared = 0;
            for (Packet packet : packets()) {
                compare(ovs, ports, emulator, packet);
                compared++;
            }
            // fast failover: with port 2 down, both pick the group's second bucket
            ovs.appctl("netdev-dummy/set-admin-state", "p2", "down");
            emulator.putPort(SwitchPort.of(TestSwitches.downPort(2, "p2")));
            compare(ovs, ports, emulator, ip(TTL_PORT, 5));
            assertTrue(compared >= 20, "compared " + compared);
        }
    }

    private static void compare(final OvsSandbox ovs, final Map<Integer, Integer> ports, final SwitchState emulator,
            final Packet packet) throws IOException {
        final String trace = ovs.appctl("ofproto/trace", "br0", packet.toString());
        final PipelineResult result = emulator.evaluate(packet);
        assertEquals(fromOvs(trace, ports), fromEmulator(result), () -> packet + "\nOVS:\n" + trace
            + "\nemulator:\n" + String.join("\n", result.trace()));
    }

    /**
     * The flows beyond the overlay, on ports 4 and 5: resubmit, write-actions executed after a table miss,
     * register loads and {@code output_reg}, {@code dec_ttl}, a fast-failover group, {@code output:IN_PORT} and
     * {@code ALL}, {@code exit} halting the action set.
     */
    private static List<OfMessage> semanticsFlows(final int firstXid) {
        final NxFieldRef reg1 = NxFieldRef.of(0x00010204);
        final var messages = new ArrayList<OfMessage>();
        messages.add(OfGroupMod.add(3, OfGroupType.FF, OfBucket.watchingPort(2, OfActionOutput.to(2)),
            OfBucket.watchingPort(3, OfActionOutput.to(3))));
        messages.add(OfFlowMod.builder().priority(100).match(OfMatch.of(OxmInPort.of(SEMANTICS_PORT),
                OxmEthType.of(0x0800)))
            .applyActions(new NxActionRegLoad2(NxmReg.of(0, 5)), new NxActionResubmitTable(0xfff8, 30))
            .instruction(OfInstructionWriteActions.of(OfActionOutput.to(2))).gotoTable(31).build());
        messages.add(OfFlowMod.builder().table(30).priority(1).match(OfMatch.of(NxmReg.of(0, 5)))
            .applyActions(OfActionOutput.to(3)).build());
        messages.add(OfFlowMod.builder().priority(100).match(OfMatch.of(OxmInPort.of(SEMANTICS_PORT),
                OxmEthType.of(0x0806)))
            .instruction(OfInstructionWriteActions.of(OfActionOutput.to(3))).gotoTable(32).build());
        messages.add(OfFlowMod.builder().table(32).priority(1)
            .applyActions(OfActionOutput.to(1), new NxActionExit(), OfActionOutput.to(2)).build());
        messages.add(OfFlowMod.builder().priority(100).match(OfMatch.of(OxmInPort.of(TTL_PORT),
                OxmEthType.of(0x0806)))
            .applyActions(OfActionOutput.to(OfActionOutput.ALL)).build());
        messages.add(OfFlowMod.builder().priority(100).match(OfMatch.of(OxmInPort.of(TTL_PORT),
                OxmEthType.of(0x0800)))
            .applyActions(new NxActionRegLoad(reg1, 0, 16, 4), new NxActionOutputReg(reg1, 0, 16, 0),
                OfActionDecNwTtl.INSTANCE, OfActionGroup.of(3), OfActionOutput.to(OfActionOutput.IN_PORT))
            .build());
        final var numbered = new ArrayList<OfMessage>();
        for (OfMessage message : messages) {
            final int xid = firstXid + numbered.size();
            numbered.add(message instanceof OfGroupMod group ? group.withXid(xid) : withXid((OfFlowMod) message, xid));
        }
        return numbered;
    }

    private static OfFlowMod withXid(final OfFlowMod mod, final int xid) {
        return new OfFlowMod(xid, mod.cookie(), mod.cookieMask(), mod.tableId(), mod.command(), mod.idleTimeout(),
            mod.hardTimeout(), mod.priority(), mod.bufferId(), mod.outPort(), mod.outGroup(), mod.flags(),
            mod.match(), mod.instructions());
    }

    private static List<Packet> packets() {
        final Inet4Address unknownNode = TestSwitches.ipv4("192.168.1.9");
        return List.of(
            local(1, VM1, VM2), local(2, VM2, VM1), local(1, VM1, VM4), local(2, VM2, VM5), local(3, VM3, VM6),
            local(1, VM1, MacAddress.BROADCAST), local(3, VM3, MacAddress.BROADCAST), local(2, VM2,
                MacAddress.of("33:33:00:00:00:01")),
            local(1, VM1, VM3), local(1, VM2, VM4), local(4, VM1, VM2).toBuilder().ethType(0x86dd).build(),
            tunnelled(SEGMENT_A, NODE_2, VM4, VM1), tunnelled(SEGMENT_B, NODE_3, VM6, VM3),
            tunnelled(SEGMENT_A, NODE_3, VM5, MacAddress.BROADCAST), tunnelled(SEGMENT_B, NODE_2, VM4, VM3),
            tunnelled(SEGMENT_A, unknownNode, VM4, VM1), tunnelled(SEGMENT_A, NODE_2, VM4, VM5),
            ip(SEMANTICS_PORT, 64), arp(SEMANTICS_PORT), arp(TTL_PORT), ip(TTL_PORT, 5), ip(TTL_PORT, 1));
    }

    private static Packet local(final int port, final MacAddress src, final MacAddress dst) {
        return Packet.builder().inPort(port).ethSrc(src).ethDst(dst).ethType(0x0800).build();
    }

    private static Packet ip(final int port, final int ttl) {
        return local(port, VM1, VM2).toBuilder().ipTtl(ttl).build();
    }

    private static Packet arp(final int port) {
        return Packet.builder().inPort(port).ethSrc(VM1).ethDst(MacAddress.BROADCAST).ethType(0x0806).build();
    }

    private static Packet tunnelled(final long segment, final Inet4Address from, final MacAddress src,
            final MacAddress dst) {
        return local(TUNNEL, src, dst).toBuilder().tunId(segment).tunIpv4Src(from).tunIpv4Dst(LOCAL_NODE).build();
    }

    /**
     * The outputs of the emulator: {@code port N}, {@code controller}, or {@code tunnel vni=V dst=A}.
     */
    private static List<String> fromEmulator(final PipelineResult result) {
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
    private static List<String> fromOvs(final String trace, final Map<Integer, Integer> ports) {
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
            if (portLine.find() && bridge.equals("br0")) {
                ports.put(Integer.parseInt(portLine.group(3)), Integer.parseInt(portLine.group(2)));
            }
        }
        return ports;
    }

    private static void buildBridges(final OvsSandbox ovs) throws IOException {
        final var vsctl = new ArrayList<>(List.of("add-br", "br0", "--", "set", "bridge", "br0",
            "datapath_type=dummy", "fail-mode=secure", "protocols=OpenFlow13"));
        for (int port = 1; port <= 5; port++) {
            vsctl.addAll(List.of("--", "add-port", "br0", "p" + port, "--", "set", "Interface", "p" + port,
                "type=dummy", "ofport_request=" + port));
        }
        vsctl.addAll(List.of("--", "add-port", "br0", "vx1", "--", "set", "Interface", "vx1", "type=vxlan",
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
    }

    /**
     * Sends messages over br0's management socket, encoded by the production codecs, and checks with a barrier
     * that Open vSwitch refused none of them.
     */
    private static void send(final OvsSandbox ovs, final List<OfMessage> messages) throws IOException {
        final OfCodecRegistry registry = OpenFlowCodecs.standard();
        try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(ovs.directory().resolve("br0.mgmt")));
            write(channel, HEX.parseHex("0400000800000000"));
            readFrame(channel);
            for (OfMessage message : messages) {
                write(channel, encode(registry, message));
            }
            final int barrierXid = 0x7fff_fff0;
            write(channel, encode(registry, OfBarrierRequest.of(barrierXid)));
            while (true) {
                final byte[] frame = readFrame(channel);
                final int type = frame[1];
                if (type == 1) {
                    throw new AssertionError("Open vSwitch refused a message: " + HEX.formatHex(frame));
                }
                if (type == 21 && ByteBuffer.wrap(frame).getInt(4) == barrierXid) {
                    return;
                }
            }
        }
    }

    private static byte[] encode(final OfCodecRegistry registry, final OfMessage message) {
        final ByteBuf buf = Unpooled.buffer();
        try {
            registry.encode(message, buf);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    private static void write(final SocketChannel channel, final byte[] bytes) throws IOException {
        final ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static byte[] readFrame(final SocketChannel channel) throws IOException {
        final ByteBuffer header = ByteBuffer.allocate(8);
        readFully(channel, header);
        final int length = header.getShort(2) & 0xffff;
        final ByteBuffer frame = ByteBuffer.allocate(length);
        frame.put(header.array());
        readFully(channel, frame);
        return frame.array();
    }

    private static void readFully(final SocketChannel channel, final ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("Open vSwitch closed the management connection");
            }
        }
    }
}
