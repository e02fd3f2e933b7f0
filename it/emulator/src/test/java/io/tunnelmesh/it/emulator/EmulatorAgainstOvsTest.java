/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.emulator;

import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.TUNNEL;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM1;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.PortPlan;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows;
import io.tunnelmesh.simpleclient.switchstate.OvsTrace;
import io.tunnelmesh.simpleclient.switchstate.Packet;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The emulator's flow table against Open vSwitch 3.1, both reached over the network as a controller reaches them: a
 * private {@code ovs-vswitchd} (dummy datapath, the overlay bridges of {@link OvsTrace}) and an emulated switch with
 * the same ports (1 to 5, a flow-based tunnel port 10) connect to the library's provider, which sends both the same
 * group-mods and flow-mods (the L2 overlay pipeline: three tables, goto-table, write-metadata, {@code tun_id} and
 * {@code tun_dst} set-fields, ALL groups, a masked MAC; plus masked IPv4 and metadata matches over priorities);
 * neither refuses any, and for every packet {@code ofproto/trace} on Open vSwitch's side and the emulated switch's
 * own evaluation forward it alike.
 */
@ExtendWith(NettyLeakDetection.class)
class EmulatorAgainstOvsTest {
    private static final long OVS_DPID = 0x0b5;
    private static final long EMULATED_DPID = 0xe3;
    private static final int MASKS_PORT = 4;
    private static final int MASKS_TABLE = 30;

    @Test
    void theEmulatorForwardsEveryPacketAsOpenVswitch() throws Exception {
        try (var controller = RecordingController.start();
             var ovs = OvsSandbox.startWithTunnels();
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(EMULATED_DPID)
                 .ports(PortPlan.of(5).withTunnelPort(TUNNEL)).controller(controller.address).threads(1).build())) {
            final var trace = OvsTrace.buildOverlayBridges(ovs);
            ovs.vsctl("set", "bridge", "br0", "other-config:disable-in-band=true",
                String.format("other-config:datapath-id=%016x", OVS_DPID),
                "--", "--id=@controller", "create", "Controller",
                "target=\"tcp:127.0.0.1:" + controller.address.getPort() + "\"", "connection_mode=out-of-band",
                "--", "set", "bridge", "br0", "controller=@controller");
            final var toOvs = controller.awaitSwitch(OVS_DPID);
            final var toEmulator = controller.awaitSwitch(EMULATED_DPID);

            final List<OfMessage> messages = new ArrayList<>(L2OverlayFlows.messages());
            messages.addAll(maskFlows());
            for (OfConnection connection : List.of(toOvs, toEmulator)) {
                for (OfMessage message : messages) {
                    connection.send(message).get(5, TimeUnit.SECONDS);
                }
                connection.barrier().get(10, TimeUnit.SECONDS);
            }
            assertEquals(List.of(), List.copyOf(controller.errors), "neither switch refused a message");
            final var emulated = fleet.byDatapathId(EMULATED_DPID);
            final String flows = ovs.ofctl("OpenFlow13", "dump-flows", "br0");
            assertEquals(emulated.flowCount(), flows.lines().filter(line -> line.contains("cookie=")).count(),
                flows);

            int compared = 0;
            for (Packet packet : packets()) {
                trace.assertSameForwarding(packet, emulated.query(state -> state.evaluate(packet))
                    .get(5, TimeUnit.SECONDS));
                compared++;
            }
            assertTrue(compared >= 15, "compared " + compared);
        }
    }

    /**
     * Port 4's IPv4 traffic by masked destination and priority: 10.1.0.0/16 TCP port 80 is marked in the metadata's
     * second nibble (keeping the rest) and goes to table 30, which floods by that mark to ports 1 and 2; the rest of
     * 10.0.0.0/8 goes to port 5, other IPv4 to port 3.
     */
    private static List<OfMessage> maskFlows() throws UnknownHostException {
        final var ip = OxmEthType.of(0x0800);
        final var in = OxmInPort.of(MASKS_PORT);
        return List.of(
            OfFlowMod.builder().priority(250).match(OfMatch.of(in, ip, OxmIpv4Dst.masked(ipv4("10.1.0.0"),
                    ipv4("255.255.0.0")), OxmIpProto.of(6), OxmTcpDst.of(80)))
                .instruction(OfInstructionWriteMetadata.of(0x10, 0xf0)).gotoTable(MASKS_TABLE).build(),
            OfFlowMod.builder().priority(200).match(OfMatch.of(in, ip, OxmIpv4Dst.masked(ipv4("10.0.0.0"),
                ipv4("255.0.0.0")))).applyActions(OfActionOutput.to(5)).build(),
            OfFlowMod.builder().priority(150).match(OfMatch.of(in, ip)).applyActions(OfActionOutput.to(3)).build(),
            OfFlowMod.builder().table(MASKS_TABLE).priority(10).match(OfMatch.of(OxmMetadata.masked(0x10, 0xf0)))
                .applyActions(OfActionOutput.to(1), OfActionOutput.to(2)).build(),
            OfFlowMod.builder().table(MASKS_TABLE).priority(5).applyActions(OfActionOutput.to(OfActionOutput.LOCAL))
                .build());
    }

    private static List<Packet> packets() throws UnknownHostException {
        final var packets = new ArrayList<>(L2OverlayFlows.packets());
        final Packet fromPort4 = L2OverlayFlows.local(MASKS_PORT, VM1, VM2);
        packets.add(tcp(fromPort4, "10.1.2.3", 80));
        packets.add(tcp(fromPort4, "10.1.2.3", 22));
        packets.add(tcp(fromPort4, "10.200.0.1", 80));
        packets.add(tcp(fromPort4, "192.0.2.1", 80));
        packets.add(fromPort4.toBuilder().ethDst(MacAddress.BROADCAST).ipv4Dst(ipv4("10.1.255.255")).ipProto(17)
            .build());
        return packets;
    }

    private static Packet tcp(final Packet base, final String dst, final int port) throws UnknownHostException {
        return base.toBuilder().ipv4Dst(ipv4(dst)).ipProto(6).tpDst(port).build();
    }

    private static Inet4Address ipv4(final String text) throws UnknownHostException {
        return (Inet4Address) InetAddress.getByName(text);
    }
}
