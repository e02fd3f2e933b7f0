/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import static io.tunnelmesh.openflow.impl.codec.v10.V10TestValues.ARP_REQUEST;
import static io.tunnelmesh.openflow.impl.codec.v10.V10TestValues.DEL_STRICT_HEX;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionOutput;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanVid;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowRemoved;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowStats;
import io.tunnelmesh.openflow.api.message.v10.Of10GetConfigReply;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketIn;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketQueue;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.api.message.v10.Of10PortStats;
import io.tunnelmesh.openflow.api.message.v10.Of10PortStatus;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueGetConfigReply;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueProperty;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueStats;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReplyBody;
import io.tunnelmesh.openflow.api.message.v10.Of10TableStats;
import io.tunnelmesh.openflow.api.message.v10.Of10Vendor;
import java.util.List;

/**
 * OpenFlow 1.0 golden vectors for what a switch sends (replies, asynchronous messages): built by hand with Python's
 * {@code struct} from the 1.0.0 layouts, independently of our codecs, and checked with {@code ovs-ofctl ofp-print},
 * which printed each as intended (see {@code V10OvsOfpPrintTest}).
 */
final class V10HandBuiltVectors {
    private static final int OFPC_ALL_1_0 = 0xc7;
    private static final int ACTIONS_ALL_1_0 = 0xfff;

    static final Of10FeaturesReply FEATURES_REPLY = new Of10FeaturesReply(2, 0x00000a1b2c3d4e5fL, 256, 254,
        OFPC_ALL_1_0, ACTIONS_ALL_1_0, List.of(
            new Of10PortDesc(1, MacAddress.of("aa:bb:cc:dd:ee:01"), "eth1", 0, 0, 0x2c0, 0x2c0, 0x2ff, 0),
            new Of10PortDesc(Of10PortDesc.OFPP_LOCAL, MacAddress.of("aa:bb:cc:dd:ee:00"), "br0",
                Of10PortDesc.OFPPC_PORT_DOWN, Of10PortDesc.OFPPS_LINK_DOWN, 0, 0, 0, 0)));
    static final Of10FlowStats FLOW_STATS_1 = new Of10FlowStats(0, Of10Match.builder().inPort(1).build(), 12,
        500000000, 100, 30, 0, 0x1234, 10, 1000, List.of(Of10ActionOutput.to(2), new Of10ActionSetVlanVid(10),
            Of10ActionOutput.to(Of10PortDesc.OFPP_CONTROLLER)));
    static final Of10FlowStats FLOW_STATS_2 = new Of10FlowStats(0, Of10Match.builder().dlType(0x0800).build(), 3,
        0, 0x8000, 0, 0, 0, 0, 0, List.of());
    static final Of10StatsReplyBody.Desc DESC = new Of10StatsReplyBody.Desc("Nicira, Inc.", "Open vSwitch", "3.1.0",
        "None", "br0");

    private V10HandBuiltVectors() {
        // Hidden on purpose
    }

    static List<V10GoldenVector> all() {
        return List.of(
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built features reply, two ports)",
                "010600800000000200000a1b2c3d4e5f00000100fe000000000000c700000fff0001aabbccddee01657468310000000000"
            + "000000000000000000000000000000000002c0000002c0000002ff00000000fffeaabbccddee0062723000000000000000"
            + "000000000000000000010000000100000000000000000000000000000000",
                FEATURES_REPLY),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built get-config reply)",
                "0108000c0000000200000080",
                new Of10GetConfigReply(2, new OfSwitchConfig(OfSwitchConfig.FRAG_NORMAL, 128))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built flow stats reply with actions)",
                "011100d4000000070001000000700000003820fe0001000000000000000000000000000000000000000000000000000000"
            + "000000000000000000000c1dcd65000064001e00000000000000000000000000001234000000000000000a000000000000"
            + "03e8000000080002000000010008000a000000000008fffdffff00580000003820ef000000000000000000000000000000"
            + "00000008000000000000000000000000000000000000000003000000008000000000000000000000000000000000000000"
            + "00000000000000000000000000000000",
                Of10StatsReply.of(7, new Of10StatsReplyBody.Flow(List.of(FLOW_STATS_1, FLOW_STATS_2)))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built flow stats reply, REPLY_MORE)",
                "01110064000000080001000100580000003820ef0000000000000000000000000000000000000800000000000000000000"
            + "00000000000000000000030000000080000000000000000000000000000000000000000000000000000000000000000000"
            + "0000",
                new Of10StatsReply(8, Of10StatsReply.REPLY_MORE, new Of10StatsReplyBody.Flow(List.of(FLOW_STATS_2)))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built aggregate stats reply)",
                "011100240000000900020000000000000000006400000000000019000000000300000000",
                Of10StatsReply.of(9, new Of10StatsReplyBody.Aggregate(100, 6400, 3))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built table stats reply)",
                "0111004c0000000a0003000000000000636c61737369666965720000000000000000000000000000000000000000000000"
            + "3fffff000f42400000000200000000000001f40000000000000190",
                Of10StatsReply.of(10, new Of10StatsReplyBody.Table(List.of(
                    new Of10TableStats(0, "classifier", Of10Match.OFPFW_ALL, 1000000, 2, 500, 400))))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built port stats reply)",
                "011100740000000b000400000001000000000000000000000000000a000000000000001400000000000003e80000000000"
            + "0007d000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "00000000000000000000ffffffffffffffff",
                Of10StatsReply.of(11, new Of10StatsReplyBody.Port(List.of(
                    new Of10PortStats(1, 10, 20, 1000, 2000, 0, 0, 0, 0, 0, 0, 0, -1))))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built queue stats reply)",
                "0111002c0000000c0005000000010000000000020000000000000bb8000000000000001e0000000000000000",
                Of10StatsReply.of(12, new Of10StatsReplyBody.Queue(List.of(new Of10QueueStats(1, 2, 3000, 30, 0))))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built packet-in)",
                "010a003c0000000000000100002a00010000ffffffffffff00112233445508060001080006040001001122334455c0a800"
            + "01000000000000c0a80002",
                new Of10PacketIn(0, 0x100, 42, 1, Of10PacketIn.REASON_NO_MATCH, ARP_REQUEST)),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built flow-removed)",
                "010b005800000000003820fe00010000000000000000000000000000000000000000000000000000000000000000000000"
            + "00000000abcdef800000000000003c000003e8003c000000000000000000050000000000000140",
                new Of10FlowRemoved(0, Of10Match.builder().inPort(1).build(), 0xabcdef, 0x8000, 0, 60, 1000, 60, 5,
                    320)),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built port-status)",
                "010c00400000000002000000000000000001aabbccddee0165746831000000000000000000000000000000010000000100"
            + "0002c0000000000000000000000000",
                new Of10PortStatus(0, Of10PortStatus.MODIFY, new Of10PortDesc(1, MacAddress.of("aa:bb:cc:dd:ee:01"),
                    "eth1", Of10PortDesc.OFPPC_PORT_DOWN, Of10PortDesc.OFPPS_LINK_DOWN, 0x2c0, 0, 0, 0))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built error OFPBAC_BAD_TYPE)",
                "010100540000000200020000010e004800000002003020ee00010000000000000000000000000000000008000000000000"
            + "000000c0a800010000000000000000000000000004000000000064ffffffffffff0000",
                new Of10Error(2, Of10ErrorCode.OFPBAC_BAD_TYPE, OfBytes.ofHex(DEL_STRICT_HEX))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built error OFPFMFC_OVERLAP, 1.0 numbering)",
                "010100540000000300030001010e004800000002003020ee00010000000000000000000000000000000008000000000000"
            + "000000c0a800010000000000000000000000000004000000000064ffffffffffff0000",
                new Of10Error(3, Of10ErrorCode.OFPFMFC_OVERLAP, OfBytes.ofHex(DEL_STRICT_HEX))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built vendor message NXT_ROLE_REQUEST)",
                "0104001400000005000023200000000a00000001",
                new Of10Vendor(5, 0x2320, OfBytes.ofHex("0000000a00000001"))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built echo reply)",
                "0103000800000000",
                new OfEchoReply(OfVersion.OF10, 0, OfBytes.EMPTY)),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built echo request with data)",
                "0102000c0000000961626364",
                new OfEchoRequest(OfVersion.OF10, 9, OfBytes.ofHex("61626364"))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built barrier reply, type 19 in 1.0)",
                "0113000800000003",
                new OfBarrierReply(OfVersion.OF10, 3)),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built queue-get-config reply, min rate 50%)",
                "011500280000000200010000000000000000000700180000000100100000000001f4000000000000",
                new Of10QueueGetConfigReply(2, 1,
                    List.of(new Of10PacketQueue(7, List.of(new Of10QueueProperty.MinRate(500)))))),
            V10GoldenVector.of("ovs-ofctl ofp-print (hand-built 1.0 HELLO with a version bitmap)",
                "01000010000000010001000800000012",
                new OfHello(OfVersion.OF10, 1, List.of(OfHelloVersionBitmap.of(OfVersion.OF10, OfVersion.OF13)))),
            V10GoldenVector.of(
                "ovs-ofctl ofp-print (hand-built desc stats reply, strings NUL-padded to 256 and 32 bytes)",
                "0111042c0000000d00000000" + padded(DESC.manufacturer(), 256) + padded(DESC.hardware(), 256)
                    + padded(DESC.software(), 256) + padded(DESC.serialNumber(), 32) + padded(DESC.datapath(), 256),
                Of10StatsReply.of(13, DESC)));
    }

    private static String padded(final String text, final int length) {
        final var hex = new StringBuilder();
        for (var b : text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
            hex.append(String.format("%02x", b));
        }
        return hex + "00".repeat(length - text.length());
    }
}
