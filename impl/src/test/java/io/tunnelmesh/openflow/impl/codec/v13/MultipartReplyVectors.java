/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMeterBandDrop;
import io.tunnelmesh.openflow.api.message.OfMeterBandDscpRemark;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfActionId;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfBucketCounter;
import io.tunnelmesh.openflow.api.message.multipart.OfDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStats;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfInstructionId;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterBandStats;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfig;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStats;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfOxmId;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStats;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStats;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeatureProperty;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeatures;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStats;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Golden vectors of multipart replies (and a table features request that sets tables), written by hand from the
 * OpenFlow 1.3.5 layouts of section 7.3.5 with a script independent of the codecs, since {@code ovs-ofctl} sends
 * requests but not replies. They are realistic: several entries per body, long answers split into parts with
 * {@code OFPMPF_REPLY_MORE} on every part but the last. Every one was decoded with {@code ovs-ofctl ofp-print HEX}
 * (Open vSwitch 3.1); the source string quotes what it printed.
 */
final class MultipartReplyVectors {
    private static final String PRINTS = "ovs-ofctl ofp-print: ";
    private static final MacAddress TAP0 = MacAddress.of("fa:16:3e:00:00:01");
    private static final MacAddress TAP1 = MacAddress.of("fa:16:3e:00:00:02");
    private static final int ANY = 0xffffffff;

    private static final OfTableFeatures CLASSIFIER = new OfTableFeatures(0, "classifier", -1L, -1L, 3, 1_000_000,
        List.of(
            new OfTableFeatureProperty.Instructions(OfTableFeatureProperty.INSTRUCTIONS, instructions(1, 2, 3, 4, 5,
                6)),
            new OfTableFeatureProperty.Instructions(OfTableFeatureProperty.INSTRUCTIONS_MISS, instructions(1, 2, 3, 4,
                5, 6)),
            new OfTableFeatureProperty.NextTables(OfTableFeatureProperty.NEXT_TABLES, List.of(1, 2, 10, 20)),
            new OfTableFeatureProperty.NextTables(OfTableFeatureProperty.NEXT_TABLES_MISS, List.of(10, 20)),
            new OfTableFeatureProperty.Actions(OfTableFeatureProperty.WRITE_ACTIONS, actions(0, 22, 25)),
            new OfTableFeatureProperty.Actions(OfTableFeatureProperty.WRITE_ACTIONS_MISS, actions(0)),
            new OfTableFeatureProperty.Actions(OfTableFeatureProperty.APPLY_ACTIONS, actions(0, 17, 18, 22, 25)),
            new OfTableFeatureProperty.Actions(OfTableFeatureProperty.APPLY_ACTIONS_MISS, actions(0)),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.MATCH, List.of(oxm(0, 4), oxm(2, 8), oxm(3, 6),
                oxm(4, 6), oxm(38, 8))),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.WILDCARDS, List.of(oxm(2, 8), oxm(3, 6))),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.WRITE_SETFIELD, List.of(oxm(38, 8))),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.WRITE_SETFIELD_MISS, List.of(oxm(38, 8))),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.APPLY_SETFIELD, List.of(oxm(38, 8), oxm(3, 6))),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.APPLY_SETFIELD_MISS, List.of(oxm(38, 8)))));

    private static final OfTableFeatures TABLE1 = new OfTableFeatures(1, "table1", 0, 0, 3, 1_000_000, List.of(
        new OfTableFeatureProperty.Instructions(OfTableFeatureProperty.INSTRUCTIONS, instructions(1, 4)),
        new OfTableFeatureProperty.NextTables(OfTableFeatureProperty.NEXT_TABLES, List.of(2)),
        new OfTableFeatureProperty.Actions(OfTableFeatureProperty.WRITE_ACTIONS, actions(0)),
        new OfTableFeatureProperty.Actions(OfTableFeatureProperty.APPLY_ACTIONS, actions(0)),
        new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.MATCH, List.of(oxm(0, 4), oxm(3, 6))),
        new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.WILDCARDS, List.of(oxm(3, 6))),
        new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.WRITE_SETFIELD, List.of()),
        new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.APPLY_SETFIELD, List.of(oxm(3, 6)))));

    private static final OfTableFeatures TABLE1_WITH_EXTRAS = new OfTableFeatures(1, "table1", 0, 0, 3, 1_000_000,
        List.of(
            new OfTableFeatureProperty.Instructions(OfTableFeatureProperty.INSTRUCTIONS, instructions(1, 4)),
            new OfTableFeatureProperty.NextTables(OfTableFeatureProperty.NEXT_TABLES, List.of(2)),
            new OfTableFeatureProperty.Actions(OfTableFeatureProperty.WRITE_ACTIONS, actions(0)),
            new OfTableFeatureProperty.Actions(OfTableFeatureProperty.APPLY_ACTIONS, List.of(OfActionId.of(0),
                new OfActionId(0xffff, OfBytes.ofHex("00002320")))),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.MATCH, List.of(oxm(0, 4),
                new OfOxmId(OxmKey.experimenter(0x4f4e4600, 0), false, 8))),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.WILDCARDS, List.of(oxm(3, 6))),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.WRITE_SETFIELD, List.of()),
            new OfTableFeatureProperty.Oxm(OfTableFeatureProperty.APPLY_SETFIELD, List.of(oxm(3, 6))),
            new OfTableFeatureProperty.Experimenter(OfTableFeatureProperty.EXPERIMENTER, 0x4f4e4600, 7,
                OfBytes.ofHex("010203")),
            new OfTableFeatureProperty.Unknown(9, OfBytes.ofHex("aabb"))));

    private MultipartReplyVectors() {
        // Hidden on purpose
    }

    static List<GoldenVector> all() {
        return List.of(
            GoldenVector.of(PRINTS + "OFPST_DESC reply (OF1.3) (xid=0x10): Manufacturer: Nicira, Inc. Hardware: "
                + "Open vSwitch Software: 3.1.0 Serial Num: None DP Description: br-int",
                "04130430000000100000000000000000" + ascii("Nicira, Inc.", 256) + ascii("Open vSwitch", 256)
                    + ascii("3.1.0", 256) + ascii("None", 32) + ascii("br-int", 256),
                OfMultipartReply.last(0x10, new OfDescReply("Nicira, Inc.", "Open vSwitch", "3.1.0", "None",
                    "br-int"))),
            GoldenVector.of(PRINTS + "OFPST_FLOW reply (OF1.3) (xid=0x11): flags=[more] cookie=0x544d000000000001, "
                + "duration=12.500s, table=0, n_packets=42, n_bytes=4200, send_flow_rem priority=100,in_port=1,"
                + "dl_src=fa:16:3e:00:00:01 actions=write_metadata:0x1012/0xffffffff,goto_table:10 / cookie="
                + "0x544d000000000002, duration=12.400s, table=10, n_packets=7, n_bytes=686, idle_timeout=300, "
                + "priority=200,metadata=0x1012,dl_dst=fa:16:3e:00:00:02 actions=output:2",
                "041300e0000000110001000100000000006800000000000c1dcd6500006400000000000100000000544d0000"
                    + "00000001000000000000002a000000000000106800010016800000040000000180000806fa163e0000010000"
                    + "0002001800000000000000000000101200000000ffffffff000100080a00000000680a000000000c17d78400"
                    + "00c8012c0000000000000000544d000000000002000000000000000700000000000002ae0001001a80000408"
                    + "000000000000101280000606fa163e00000200000000000000040018000000000000001000000002ffe50000"
                    + "00000000",
                OfMultipartReply.notLast(0x11, OfFlowStatsReply.of(
                    new OfFlowStats(0, 12, 500_000_000, 100, 0, 0, 1, 0x544d000000000001L, 42, 4200,
                        OfMatch.of(OxmInPort.of(1), OxmEthSrc.of(TAP0)),
                        List.of(OfInstructionWriteMetadata.of(0x1012, 0xffffffffL), new OfInstructionGotoTable(10))),
                    new OfFlowStats(10, 12, 400_000_000, 200, 300, 0, 0, 0x544d000000000002L, 7, 686,
                        OfMatch.of(OxmMetadata.of(0x1012), OxmEthDst.of(TAP1)),
                        List.of(OfInstructionApplyActions.of(new OfActionOutput(2, 0xffe5))))))),
            GoldenVector.of(PRINTS + "OFPST_FLOW reply (OF1.3) (xid=0x11): cookie=0x544d000000000003, duration=3s, "
                + "table=10, n_packets=0, n_bytes=0, priority=100,metadata=0x1012,dl_dst=fa:16:3e:00:00:09 "
                + "actions=set_field:0x1012->tun_id,output:7 / cookie=0x0, duration=3600.000000001s, table=20, "
                + "n_packets=5, n_bytes=300, priority=0 actions=drop",
                "041300c000000011000100000000000000780a000000000300000000006400000000000000000000544d0000"
                    + "00000003000000000000000000000000000000000001001a80000408000000000000101280000606fa163e00"
                    + "000900000000000000040028000000000019001080004c080000000000001012000000100000000700000000"
                    + "000000000038140000000e100000000100000000000000000000000000000000000000000000000000000005"
                    + "000000000000012c0001000400000000",
                OfMultipartReply.last(0x11, OfFlowStatsReply.of(
                    new OfFlowStats(10, 3, 0, 100, 0, 0, 0, 0x544d000000000003L, 0, 0,
                        OfMatch.of(OxmMetadata.of(0x1012), OxmEthDst.of(MacAddress.of("fa:16:3e:00:00:09"))),
                        List.of(OfInstructionApplyActions.of(new OfActionSetField(OxmTunnelId.of(0x1012)),
                            new OfActionOutput(7, 0)))),
                    new OfFlowStats(20, 3600, 1, 0, 0, 0, 0, 0, 5, 300, OfMatch.ALL, List.of())))),
            GoldenVector.of(PRINTS + "OFPST_AGGREGATE reply (OF1.3) (xid=0x12): packet_count=1234567 "
                + "byte_count=98765432 flow_count=3",
                "04130028000000120002000000000000000000000012d6870000000005e30a780000000300000000",
                OfMultipartReply.last(0x12, new OfAggregateStatsReply(1_234_567, 98_765_432, 3))),
            GoldenVector.of(PRINTS + "OFPST_TABLE reply (OF1.3) (xid=0x13): table 0: active=4, lookup=1000, "
                + "matched=990 table 10: active=2, lookup=990, matched=980 table 20: active=1, lookup=10, matched=10",
                "04130058000000130003000000000000000000000000000400000000000003e800000000000003de0a000000"
                    + "0000000200000000000003de00000000000003d41400000000000001000000000000000a000000000000000a",
                OfMultipartReply.last(0x13, OfTableStatsReply.of(new OfTableStats(0, 4, 1000, 990),
                    new OfTableStats(10, 2, 990, 980), new OfTableStats(20, 1, 10, 10)))),
            GoldenVector.of(PRINTS + "OFPST_PORT reply (OF1.3) (xid=0x14): flags=[more] 2 ports port  1: rx "
                + "pkts=100, bytes=6400, ... tx pkts=200, bytes=12800 ... duration=360.250s port  2: rx pkts=5, "
                + "bytes=320, drop=1 ... duration=360.250s",
                "041300f00000001400040001000000000000000100000000000000000000006400000000000000c800000000"
                    + "0000190000000000000032000000000000000000000000000000000000000000000000000000000000000000"
                    + "0000000000000000000000000000000000000000000000000000000000000000000001680ee6b28000000002"
                    + "0000000000000000000000050000000000000006000000000000014000000000000001800000000000000001"
                    + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "000000000000000000000000000001680ee6b280",
                OfMultipartReply.notLast(0x14, OfPortStatsReply.of(
                    new OfPortStats(1, 100, 200, 6400, 12800, 0, 0, 0, 0, 0, 0, 0, 0, 360, 250_000_000),
                    new OfPortStats(2, 5, 6, 320, 384, 1, 0, 0, 0, 0, 0, 0, 0, 360, 250_000_000)))),
            GoldenVector.of(PRINTS + "OFPST_PORT reply (OF1.3) (xid=0x14): 1 ports port LOCAL: rx pkts=9, bytes=700, "
                + "drop=0, errs=0, frame=?, over=?, crc=? tx pkts=9, bytes=700, drop=0, errs=0, coll=? "
                + "duration=3600s",
                "04130080000000140004000000000000fffffffe000000000000000000000009000000000000000900000000"
                    + "000002bc00000000000002bc0000000000000000000000000000000000000000000000000000000000000000"
                    + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000e1000000000",
                OfMultipartReply.last(0x14, OfPortStatsReply.of(new OfPortStats(0xfffffffe, 9, 9, 700, 700, 0, 0, 0,
                    0, OfPortStats.UNAVAILABLE, OfPortStats.UNAVAILABLE, OfPortStats.UNAVAILABLE,
                    OfPortStats.UNAVAILABLE, 3600, 0)))),
            GoldenVector.of(PRINTS + "OFPST_QUEUE reply (OF1.3) (xid=0x15): 2 queues port 1 queue 0: bytes=6400, "
                + "pkts=100, errors=0, duration=60.000000005s port 1 queue 1: bytes=128, pkts=2, errors=1, "
                + "duration=30.000000007s",
                "0413006000000015000500000000000000000001000000000000000000001900000000000000006400000000"
                    + "000000000000003c000000050000000100000001000000000000008000000000000000020000000000000001"
                    + "0000001e00000007",
                OfMultipartReply.last(0x15, OfQueueStatsReply.of(new OfQueueStats(1, 0, 6400, 100, 0, 60, 5),
                    new OfQueueStats(1, 1, 128, 2, 1, 30, 7)))),
            GoldenVector.of(PRINTS + "OFPST_GROUP reply (OF1.3) (xid=0x16): group_id=1,duration=100.000000002s,"
                + "ref_count=1,packet_count=20,byte_count=1400,bucket0:packet_count=10,byte_count=700,bucket1:... / "
                + "group_id=7,duration=50s,ref_count=0,packet_count=9,byte_count=900,bucket0..bucket2:"
                + "packet_count=3,byte_count=300",
                "041300b000000016000600000000000000480000000000010000000100000000000000000000001400000000"
                    + "000005780000006400000002000000000000000a00000000000002bc000000000000000a00000000000002bc"
                    + "0058000000000007000000000000000000000000000000090000000000000384000000320000000000000000"
                    + "00000003000000000000012c0000000000000003000000000000012c0000000000000003000000000000012c",
                OfMultipartReply.last(0x16, OfGroupStatsReply.of(
                    new OfGroupStats(1, 1, 20, 1400, 100, 2, List.of(new OfBucketCounter(10, 700),
                        new OfBucketCounter(10, 700))),
                    new OfGroupStats(7, 0, 9, 900, 50, 0, List.of(new OfBucketCounter(3, 300),
                        new OfBucketCounter(3, 300), new OfBucketCounter(3, 300)))))),
            GoldenVector.of(PRINTS + "OFPST_GROUP_DESC reply (OF1.3) (xid=0x17): group_id=1,type=all,bucket="
                + "actions=output:1,bucket=actions=output:2 / group_id=7,type=select,bucket=weight:50,actions="
                + "set_field:0x1012->tun_id,output:7,bucket=weight:50,actions=output:8 / group_id=9,type=ff,"
                + "bucket=watch_port:3,actions=output:3,bucket=watch_port:4,actions=output:4",
                "041300f8000000170007000000000000004800000000000100200000ffffffffffffffff0000000000000010"
                    + "00000001ffe500000000000000200000ffffffffffffffff000000000000001000000002ffe5000000000000"
                    + "005801000000000700300032ffffffffffffffff000000000019001080004c08000000000000101200000010"
                    + "00000007000000000000000000200032ffffffffffffffff0000000000000010000000080000000000000000"
                    + "00480300000000090020000000000003ffffffff000000000000001000000003000000000000000000200000"
                    + "00000004ffffffff0000000000000010000000040000000000000000",
                OfMultipartReply.last(0x17, OfGroupDescReply.of(
                    new OfGroupDesc(OfGroupType.ALL, 1, List.of(
                        new OfBucket(0, ANY, ANY, List.of(new OfActionOutput(1, 0xffe5))),
                        new OfBucket(0, ANY, ANY, List.of(new OfActionOutput(2, 0xffe5))))),
                    new OfGroupDesc(OfGroupType.SELECT, 7, List.of(
                        new OfBucket(50, ANY, ANY, List.of(new OfActionSetField(OxmTunnelId.of(0x1012)),
                            new OfActionOutput(7, 0))),
                        new OfBucket(50, ANY, ANY, List.of(new OfActionOutput(8, 0))))),
                    new OfGroupDesc(OfGroupType.FF, 9, List.of(
                        new OfBucket(0, 3, ANY, List.of(new OfActionOutput(3, 0))),
                        new OfBucket(0, 4, ANY, List.of(new OfActionOutput(4, 0)))))))),
            GoldenVector.of(PRINTS + "OFPST_GROUP_FEATURES reply (OF1.3) (xid=0x18): Types: 0xf Capabilities: 0x7 "
                + "all/select/indirect/fast failover group: max_groups=0xffffff00 actions: output group set_field "
                + "strip_vlan push_vlan mod_nw_ttl dec_ttl set_mpls_ttl dec_mpls_ttl push_mpls pop_mpls set_queue",
                "041300380000001800080000000000000000000f00000007ffffff00ffffff00ffffff00ffffff0003ff8001"
                    + "03ff800103ff800103ff8001",
                OfMultipartReply.last(0x18, new OfGroupFeaturesReply(0xf, 0x7,
                    List.of(0xffffff00, 0xffffff00, 0xffffff00, 0xffffff00),
                    List.of(0x03ff8001, 0x03ff8001, 0x03ff8001, 0x03ff8001)))),
            GoldenVector.of(PRINTS + "OFPST_METER reply (OF1.3) (xid=0x19): meter:1 flow_count:2 packet_in_count:1000 "
                + "byte_in_count:64000 duration:30s bands: 0: packet_count:10 byte_count:640 / meter:5 flow_count:1 "
                + "packet_in_count:70 byte_in_count:4480 duration:20.0000005s bands: 0: packet_count:0 byte_count:0 "
                + "1: packet_count:4 byte_count:256",
                "041300900000001900090000000000000000000100380000000000000000000200000000000003e800000000"
                    + "0000fa000000001e00000000000000000000000a000000000000028000000005004800000000000000000001"
                    + "0000000000000046000000000000118000000014000001f40000000000000000000000000000000000000000"
                    + "000000040000000000000100",
                OfMultipartReply.last(0x19, OfMeterStatsReply.of(
                    new OfMeterStats(1, 2, 1000, 64000, 30, 0, List.of(new OfMeterBandStats(10, 640))),
                    new OfMeterStats(5, 1, 70, 4480, 20, 500, List.of(new OfMeterBandStats(0, 0),
                        new OfMeterBandStats(4, 256)))))),
            GoldenVector.of(PRINTS + "OFPST_METER_CONFIG reply (OF1.3) (xid=0x1a): meter=1 kbps burst stats bands= "
                + "type=drop rate=10000 burst_size=1000 / meter=5 pktps stats bands= type=dscp_remark rate=1000 "
                + "prec_level=1 type=drop rate=2000",
                "041300500000001a000a0000000000000018000d000000010001001000002710000003e8000000000028000a"
                    + "0000000500020010000003e8000000640100000000010010000007d0000000c800000000",
                OfMultipartReply.last(0x1a, OfMeterConfigReply.of(
                    new OfMeterConfig(0xd, 1, List.of(new OfMeterBandDrop(10000, 1000))),
                    new OfMeterConfig(0xa, 5, List.of(new OfMeterBandDscpRemark(1000, 100, 1),
                        new OfMeterBandDrop(2000, 200)))))),
            GoldenVector.of(PRINTS + "OFPST_METER_FEATURES reply (OF1.3) (xid=0x1b): max_meter:200000 max_bands:1 "
                + "max_color:0 band_types: drop dscp_remark capabilities: kbps pktps burst stats",
                "041300200000001b000b00000000000000030d40000000060000000f01000000",
                OfMultipartReply.last(0x1b, new OfMeterFeaturesReply(200_000, 6, 0xf, 1, 0))),
            GoldenVector.of(PRINTS + "OFPST_TABLE_FEATURES reply (OF1.3) (xid=0x1c): flags=[more] table 0 "
                + "(\"classifier\"): metadata: match=0xffffffffffffffff write=0xffffffffffffffff max_entries=1000000 "
                + "instructions (other than table miss): next tables: 1-2,10,20 instructions: meter apply_actions "
                + "clear_actions write_actions write_metadata goto_table Write-Actions features: actions: output "
                + "group set_field supported on Set-Field: tun_id ... matching: exact match or wildcard: metadata "
                + "eth_dst must exact match: tun_id in_port_oxm eth_src",
                "041301280000001c000c0001000000000118000000000000636c617373696669657200000000000000000000"
                    + "000000000000000000000000ffffffffffffffffffffffffffffffff00000003000f42400000001c00010004"
                    + "0002000400030004000400040005000400060004000000000001001c00010004000200040003000400040004"
                    + "0005000400060004000000000002000801020a14000300060a14000000040010000000040016000400190004"
                    + "0005000800000004000600180000000400110004001200040016000400190004000700080000000400080018"
                    + "8000000480000408800006068000080680004c08000a000c800004088000060600000000000c000880004c08"
                    + "000d000880004c08000e000c80004c088000060600000000000f000880004c08",
                OfMultipartReply.notLast(0x1c, OfTableFeaturesReply.of(CLASSIFIER))),
            GoldenVector.of(PRINTS + "OFPST_TABLE_FEATURES reply (OF1.3) (xid=0x1c): table 1 (\"table1\"): "
                + "max_entries=1000000 instructions (table miss and others): next tables: 2 instructions: "
                + "apply_actions goto_table ... matching: must exact match: in_port_oxm (the experimenter action "
                + "and OXM ids, the experimenter property and the property of undefined type 9 are ignored)",
                "041300c00000001c000c00000000000000b00100000000007461626c65310000000000000000000000000000"
                    + "0000000000000000000000000000000000000000000000000000000000000003000f42400000000c00010004"
                    + "0004000400000000000200050200000000040008000000040006001000000004ffff00080000232000080010"
                    + "80000004ffff00084f4e4600000a000880000606000c000400000000000e000880000606fffe000f4f4e4600"
                    + "000000070102030000090006aabb0000",
                OfMultipartReply.last(0x1c, OfTableFeaturesReply.of(TABLE1_WITH_EXTRAS))),
            GoldenVector.of(PRINTS + "OFPST_TABLE_FEATURES request (OF1.3) (xid=0x1d): flags=[more] table 1 "
                + "(\"table1\"): max_entries=1000000 instructions (table miss and others): next tables: 2 "
                + "instructions: apply_actions goto_table ... matching: exact match or wildcard: eth_dst must exact "
                + "match: in_port_oxm",
                "041200a00000001d000c00010000000000900100000000007461626c65310000000000000000000000000000"
                    + "0000000000000000000000000000000000000000000000000000000000000003000f42400000000c00010004"
                    + "00040004000000000002000502000000000400080000000400060008000000040008000c8000000480000606"
                    + "00000000000a000880000606000c000400000000000e000880000606",
                new OfMultipartRequest(0x1d, OfMultipartRequest.REQ_MORE,
                    new OfTableFeaturesRequest(List.of(TABLE1)))),
            GoldenVector.of(PRINTS + "OFPST_PORT_DESC reply (OF1.3) (xid=0x1e): 1(tap0): addr:fa:16:3e:00:00:01 ... "
                + "2(tap1): addr:fa:16:3e:00:00:02 ... LOCAL(br-int): addr:6e:1f:3a:5b:7c:8d config: PORT_DOWN "
                + "state: LINK_DOWN",
                "041300d00000001e000d0000000000000000000100000000fa163e0000010000746170300000000000000000"
                    + "0000000000000000000000040000084000000000000000000000000000989680000000000000000200000000"
                    + "fa163e0000020000746170310000000000000000000000000000000000000004000008400000000000000000"
                    + "000000000098968000000000fffffffe000000006e1f3a5b7c8d000062722d696e7400000000000000000000"
                    + "0000000100000001000000000000000000000000000000000000000000000000",
                OfMultipartReply.last(0x1e, OfPortDescReply.of(
                    new OfPortDesc(1, TAP0, "tap0", 0, 4, 0x840, 0, 0, 0, 10_000_000, 0),
                    new OfPortDesc(2, TAP1, "tap1", 0, 4, 0x840, 0, 0, 0, 10_000_000, 0),
                    new OfPortDesc(0xfffffffe, MacAddress.of("6e:1f:3a:5b:7c:8d"), "br-int", 1, 1, 0, 0, 0, 0, 0,
                        0)))),
            GoldenVector.of(PRINTS + "ONFST_FLOW_MONITOR reply (OF1.3) (xid=0x1f): (an empty ONF flow monitor "
                + "reply, experimenter 0x4f4e4600 exp_type 1870, opaque to us)",
                "041300180000001fffff0000000000004f4e46000000074e",
                OfMultipartReply.last(0x1f, new OfExperimenterMultipartReply(0x4f4e4600, 1870, OfBytes.EMPTY))));
    }

    private static List<OfInstructionId> instructions(final int... types) {
        return Arrays.stream(types).mapToObj(OfInstructionId::of).toList();
    }

    private static List<OfActionId> actions(final int... types) {
        return Arrays.stream(types).mapToObj(OfActionId::of).toList();
    }

    /** An OpenFlow basic OXM id without mask. */
    private static OfOxmId oxm(final int field, final int length) {
        return new OfOxmId(OxmKey.basic(field), false, length);
    }

    /** A string NUL-padded to a fixed field, as hex. */
    private static String ascii(final String value, final int size) {
        final var bytes = Arrays.copyOf(value.getBytes(StandardCharsets.US_ASCII), size);
        return HexFormat.of().formatHex(bytes);
    }
}
