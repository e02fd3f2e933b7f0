/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM1;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM2;
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
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emulator's flow table against Open vSwitch 3.1: the same group-mods and flow-mods (encoded by the production
 * codecs) go to a private {@code ovs-vswitchd} and to a {@link SwitchState}; for each of two dozen packets,
 * {@code ovs-appctl ofproto/trace}'s "Datapath actions" must name the same ports, tunnel destinations and VNIs as
 * the evaluator's outputs ({@link OvsTrace}, which builds the bridges). {@code it/emulator}'s
 * {@code EmulatorAgainstOvsTest} does the same over the network.
 */
class OvsTraceComparisonTest {
    private static final HexFormat HEX = HexFormat.of();
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
            final var trace = OvsTrace.buildOverlayBridges(ovs);
            send(ovs, messages);
            final String flows = ovs.ofctl("OpenFlow13", "dump-flows", "br0");
            assertEquals(emulator.flowCount(), flows.lines().filter(line -> line.contains("cookie=")).count(), flows);

            int compared = 0;
            for (Packet packet : packets()) {
                trace.assertSameForwarding(packet, emulator.evaluate(packet));
                compared++;
            }
            // fast failover: with port 2 down, both pick the group's second bucket
            ovs.appctl("netdev-dummy/set-admin-state", "p2", "down");
            emulator.putPort(SwitchPort.of(TestSwitches.downPort(2, "p2")));
            final var failover = ip(TTL_PORT, 5);
            trace.assertSameForwarding(failover, emulator.evaluate(failover));
            assertTrue(compared >= 20, "compared " + compared);
        }
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
        final var packets = new ArrayList<>(L2OverlayFlows.packets());
        packets.addAll(List.of(ip(SEMANTICS_PORT, 64), arp(SEMANTICS_PORT), arp(TTL_PORT), ip(TTL_PORT, 5),
            ip(TTL_PORT, 1)));
        return packets;
    }

    private static Packet ip(final int port, final int ttl) {
        return L2OverlayFlows.local(port, VM1, VM2).toBuilder().ipTtl(ttl).build();
    }

    private static Packet arp(final int port) {
        return Packet.builder().inPort(port).ethSrc(VM1).ethDst(MacAddress.BROADCAST).ethType(0x0806).build();
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
