/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import static io.tunnelmesh.openflow.impl.codec.v10.V10TestValues.ARP_REQUEST;
import static io.tunnelmesh.openflow.impl.codec.v10.V10TestValues.NONE;
import static io.tunnelmesh.openflow.impl.codec.v10.V10TestValues.v4;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionEnqueue;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionOutput;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwTos;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanPcp;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanVid;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionStripVlan;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionVendor;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowModCommand;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketIn;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketOut;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.api.message.v10.Of10PortMod;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueGetConfigRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10SetConfig;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;
import java.util.List;

/**
 * OpenFlow 1.0 golden vectors produced by Open vSwitch 3.1 itself: {@code ovs-ofctl --no-names -O OpenFlow10
 * COMMAND tcp:127.0.0.1:PORT ...} ({@code -F OpenFlow10} for flow commands, so that OVS uses the standard 1.0 flow
 * format rather than its NXM extension) talking to a scripted peer that answered HELLO, FEATURES (with one port),
 * STATS, QUEUE_GET_CONFIG and BARRIER and logged every frame it received as hex. Each source string is the command
 * that produced the bytes.
 */
final class V10OvsProducedVectors {
    private static final String ADD_FLOW = "ovs-ofctl -O OpenFlow10 -F OpenFlow10 add-flow ";

    /** add-flow with every 1.0 match field and every 1.0 action. */
    static final Of10FlowMod EVERY_FIELD_FLOW = Of10FlowMod.builder().xid(2).priority(100).timeouts(30, 300)
        .cookie(0x1234567890abcdefL)
        .match(Of10Match.builder().inPort(1).dlSrc(MacAddress.of("00:11:22:33:44:55"))
            .dlDst(MacAddress.of("66:77:88:99:aa:bb")).dlVlan(100).dlVlanPcp(5).dlType(0x0800).nwTos(0x28)
            .nwProto(6).nwSrc(v4("10.1.2.0"), 24).nwDst(v4("192.168.0.1")).tpSrc(1234).tpDst(80).build())
        .actions(new Of10ActionSetVlanVid(200), new Of10ActionSetVlanPcp(3),
            new Of10ActionSetDlSrc(MacAddress.of("00:00:00:00:00:01")),
            new Of10ActionSetDlDst(MacAddress.of("00:00:00:00:00:02")), new Of10ActionSetNwSrc(v4("1.2.3.4")),
            new Of10ActionSetNwDst(v4("5.6.7.8")), new Of10ActionSetNwTos(0x10), new Of10ActionSetTpSrc(4321),
            new Of10ActionSetTpDst(8080), new Of10ActionEnqueue(2, 7), Of10ActionOutput.to(3),
            Of10ActionStripVlan.INSTANCE, Of10ActionOutput.to(Of10PortDesc.OFPP_CONTROLLER))
        .build();

    private V10OvsProducedVectors() {
        // Hidden on purpose
    }

    static List<V10GoldenVector> all() {
        return List.of(
            V10GoldenVector.of("HELLO sent by every ovs-ofctl -O OpenFlow10 command",
                "0100000800000001",
                new OfHello(OfVersion.OF10, 1, List.of())),
            V10GoldenVector.of(ADD_FLOW + "every match field and every action",
                "010e00c80000000200000800000100112233445566778899aabb006405000800280600000a010200c0a8000104d2005012"
            + "34567890abcdef0000001e012c0064ffffffffffff00000001000800c80000000200080300000000040010000000000001"
            + "00000000000000050010000000000002000000000000000600080102030400070008050607080008000810000000000900"
            + "0810e10000000a00081f900000000b00100002000000000000000000070000000800030000000300080000000000000008"
            + "fffdffff",
                EVERY_FIELD_FLOW),
            V10GoldenVector.of(ADD_FLOW + "in_port=2,dl_type=0x0800,nw_dst=10.0.0.0/8,actions=resubmit:5",
                "010e005800000002003620ee000200000000000000000000000000000000080000000000000000000a0000000000000000"
            + "000000000000000000000000008000ffffffffffff0000ffff001000002320000e0005ff000000",
                Of10FlowMod.builder().xid(2)
                    .match(Of10Match.builder().inPort(2).dlType(0x0800).nwDst(v4("10.0.0.0"), 8).build())
                    .actions(new Of10ActionVendor(0x2320, OfBytes.ofHex("000e0005ff000000"))).build()),
            V10GoldenVector.of(ADD_FLOW + "priority=5,send_flow_rem,check_overlap,arp,nw_src=10.0.0.1,actions=drop",
                "010e004800000002003800ef0000000000000000000000000000000000000806000000000a000001000000000000000000"
            + "000000000000000000000000000005ffffffffffff0003",
                Of10FlowMod.builder().xid(2).priority(5).flags(Of10FlowMod.SEND_FLOW_REM | Of10FlowMod.CHECK_OVERLAP)
                    .match(Of10Match.builder().dlType(0x0806).nwSrc(v4("10.0.0.1")).build()).build()),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 -F OpenFlow10 mod-flows in_port=1,actions=output:2",
                "010e005000000002003820fe00010000000000000000000000000000000000000000000000000000000000000000000000"
            + "000000000000000001000000008000ffffffffffff00000000000800020000",
                Of10FlowMod.builder().xid(2).command(Of10FlowModCommand.MODIFY)
                    .match(Of10Match.builder().inPort(1).build()).actions(Of10ActionOutput.to(2)).build()),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 -F OpenFlow10 --strict del-flows "
                + "priority=100,in_port=1,ip,nw_dst=192.168.0.1",
                "010e004800000002003020ee00010000000000000000000000000000000008000000000000000000c0a800010000000000"
            + "000000000000000004000000000064ffffffffffff0000",
                Of10FlowMod.builder().xid(2).command(Of10FlowModCommand.DELETE_STRICT).priority(100)
                    .match(Of10Match.builder().inPort(1).dlType(0x0800).nwDst(v4("192.168.0.1")).build()).build()),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 -F OpenFlow10 del-flows",
                "010e004800000002003820ff00000000000000000000000000000000000000000000000000000000000000000000000000"
            + "000000000000000003000000008000ffffffffffff0000",
                Of10FlowMod.builder().xid(2).command(Of10FlowModCommand.DELETE).build()),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 -F OpenFlow10 dump-flows",
                "011000380000000200010000003820ff000000000000000000000000000000000000000000000000000000000000000000"
            + "000000ff00ffff",
                Of10StatsRequest.of(2, new Of10StatsRequestBody.Flow(Of10Match.ALL, 0xff, NONE))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 -F OpenFlow10 dump-flows in_port=1",
                "011000380000000200010000003820fe000100000000000000000000000000000000000000000000000000000000000000"
            + "000000ff00ffff",
                Of10StatsRequest.of(2,
                    new Of10StatsRequestBody.Flow(Of10Match.builder().inPort(1).build(), 0xff, NONE))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 -F OpenFlow10 dump-aggregate ip",
                "011000380000000200020000003820ef000000000000000000000000000000000000080000000000000000000000000000"
            + "000000ff00ffff",
                Of10StatsRequest.of(2,
                    new Of10StatsRequestBody.Aggregate(Of10Match.builder().dlType(0x0800).build(), 0xff, NONE))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 dump-tables",
                "0110000c0000000200030000",
                Of10StatsRequest.of(2, Of10StatsRequestBody.Table.INSTANCE)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 dump-ports",
                "011000140000000200040000ffff000000000000",
                Of10StatsRequest.of(2, new Of10StatsRequestBody.Port(NONE))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 dump-ports 1",
                "0110001400000002000400000001000000000000",
                Of10StatsRequest.of(2, new Of10StatsRequestBody.Port(1))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 dump-ports-desc (OVS extension stats type 13, kept opaque)",
                "0110000c00000002000d0000",
                Of10StatsRequest.of(2, new Of10StatsRequestBody.Unknown(13, OfBytes.EMPTY))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 queue-stats",
                "011000140000000200050000fffc0000ffffffff",
                Of10StatsRequest.of(2,
                    new Of10StatsRequestBody.Queue(Of10PortDesc.OFPP_ALL, Of10StatsRequestBody.Queue.ALL_QUEUES))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 queue-stats 1 2",
                "0110001400000002000500000001000000000002",
                Of10StatsRequest.of(2, new Of10StatsRequestBody.Queue(1, 2))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 dump-desc",
                "0110000c0000000200000000",
                Of10StatsRequest.of(2, Of10StatsRequestBody.Desc.INSTANCE)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 queue-get-config 1",
                "0114000c0000000200010000",
                new Of10QueueGetConfigRequest(2, 1)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 mod-port 1 down (FEATURES_REQUEST first)",
                "0105000800000002",
                new OfFeaturesRequest(OfVersion.OF10, 2)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 mod-port 1 down",
                "010f0020000000040001aabbccddee0100000001000000010000000000000000",
                new Of10PortMod(4, 1, MacAddress.of("aa:bb:cc:dd:ee:01"), Of10PortDesc.OFPPC_PORT_DOWN,
                    Of10PortDesc.OFPPC_PORT_DOWN, 0)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 mod-port 1 no-flood",
                "010f0020000000040001aabbccddee0100000010000000100000000000000000",
                new Of10PortMod(4, 1, MacAddress.of("aa:bb:cc:dd:ee:01"), Of10PortDesc.OFPPC_NO_FLOOD,
                    Of10PortDesc.OFPPC_NO_FLOOD, 0)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 packet-out in_port=1 packet=<ARP request> actions=output:2",
                "010d004200000002ffffffff000100080000000800020000ffffffffffff00112233445508060001080006040001001122"
            + "334455c0a80001000000000000c0a80002",
                new Of10PacketOut(2, Of10PacketIn.NO_BUFFER, 1, List.of(Of10ActionOutput.to(2)), ARP_REQUEST)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 get-frags",
                "0107000800000002",
                new OfGetConfigRequest(OfVersion.OF10, 2)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 set-frags drop",
                "0109000c000000030001ffff",
                new Of10SetConfig(3, new OfSwitchConfig(OfSwitchConfig.FRAG_DROP, OfSwitchConfig.NO_BUFFER))),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 set-frags drop (BARRIER_REQUEST, type 18 in 1.0)",
                "0112000800000004",
                new OfBarrierRequest(OfVersion.OF10, 4)),
            V10GoldenVector.of("ovs-ofctl -O OpenFlow10 probe",
                "0102000800000000",
                new OfEchoRequest(OfVersion.OF10, 0, OfBytes.EMPTY)));
    }
}
