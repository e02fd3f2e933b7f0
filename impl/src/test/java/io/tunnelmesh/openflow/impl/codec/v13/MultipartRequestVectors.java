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
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsRequest;
import java.util.List;

/**
 * Golden vectors of multipart requests produced by Open vSwitch 3.1 itself: {@code ovs-ofctl --no-names -O
 * OpenFlow13 COMMAND tcp:127.0.0.1:PORT ...} talking to a scripted peer that logged every frame it received as hex.
 * Each source string is the command that produced the bytes; one vector per request type, more where the command's
 * arguments change the body.
 */
final class MultipartRequestVectors {
    private static final String OFCTL = "ovs-ofctl -O OpenFlow13 ";
    private static final int XID = 2;

    private MultipartRequestVectors() {
        // Hidden on purpose
    }

    static List<GoldenVector> all() {
        return List.of(
            GoldenVector.of(OFCTL + "dump-desc", "04120010000000020000000000000000", OfMultipartRequest.desc(XID)),
            GoldenVector.of(OFCTL + "dump-flows",
                "04120038000000020001000000000000ff000000ffffffffffffffff00000000000000000000000000000000"
                    + "000000000001000400000000",
                OfMultipartRequest.flowStats(XID, OfFlowStatsRequest.ALL_TABLES, 0, 0, OfMatch.ALL)),
            GoldenVector.of(OFCTL + "dump-flows 'table=3,cookie=0x544d000000000001/0xffff000000000000,in_port=1,"
                + "dl_dst=fa:16:3e:00:00:02'",
                "0412004800000002000100000000000003000000ffffffffffffffff00000000544d000000000001ffff0000"
                    + "0000000000010016800000040000000180000606fa163e0000020000",
                OfMultipartRequest.flowStats(XID, 3, 0x544d000000000001L, 0xffff000000000000L,
                    OfMatch.of(OxmInPort.of(1), OxmEthDst.of(MacAddress.of("fa:16:3e:00:00:02"))))),
            GoldenVector.of(OFCTL + "dump-flows out_port=2",
                "04120038000000020001000000000000ff00000000000002ffffffff00000000000000000000000000000000"
                    + "000000000001000400000000",
                OfMultipartRequest.of(XID, new OfFlowStatsRequest(0xff, 2, OfFlowStatsRequest.ANY, 0, 0,
                    OfMatch.ALL))),
            GoldenVector.of(OFCTL + "dump-aggregate",
                "04120038000000020002000000000000ff000000ffffffffffffffff00000000000000000000000000000000"
                    + "000000000001000400000000",
                OfMultipartRequest.aggregateStats(XID, 0xff, 0, 0, OfMatch.ALL)),
            GoldenVector.of(OFCTL + "dump-aggregate table=10,tun_id=0x1012",
                "041200400000000200020000000000000a000000ffffffffffffffff00000000000000000000000000000000"
                    + "000000000001001080004c080000000000001012",
                OfMultipartRequest.aggregateStats(XID, 10, 0, 0, OfMatch.of(OxmTunnelId.of(0x1012)))),
            GoldenVector.of(OFCTL + "dump-tables", "04120010000000020003000000000000",
                OfMultipartRequest.tableStats(XID)),
            GoldenVector.of(OFCTL + "dump-ports", "04120018000000020004000000000000ffffffff00000000",
                OfMultipartRequest.portStats(XID, OfPortStatsRequest.ANY)),
            GoldenVector.of(OFCTL + "dump-ports 3", "041200180000000200040000000000000000000300000000",
                OfMultipartRequest.portStats(XID, 3)),
            GoldenVector.of(OFCTL + "queue-stats", "04120018000000020005000000000000ffffffffffffffff",
                OfMultipartRequest.queueStats(XID, OfQueueStatsRequest.ANY_PORT, OfQueueStatsRequest.ALL_QUEUES)),
            GoldenVector.of(OFCTL + "queue-stats 1 5", "041200180000000200050000000000000000000100000005",
                OfMultipartRequest.queueStats(XID, 1, 5)),
            GoldenVector.of(OFCTL + "dump-group-stats", "04120018000000020006000000000000fffffffc00000000",
                OfMultipartRequest.groupStats(XID, OfGroupStatsRequest.ALL)),
            GoldenVector.of(OFCTL + "dump-group-stats group_id=7", "041200180000000200060000000000000000000700000000",
                OfMultipartRequest.groupStats(XID, 7)),
            GoldenVector.of(OFCTL + "dump-groups", "04120010000000020007000000000000",
                OfMultipartRequest.groupDesc(XID)),
            GoldenVector.of(OFCTL + "dump-group-features", "04120010000000020008000000000000",
                OfMultipartRequest.groupFeatures(XID)),
            GoldenVector.of(OFCTL + "meter-stats", "04120018000000020009000000000000ffffffff00000000",
                OfMultipartRequest.meterStats(XID, OfMeterStatsRequest.ALL)),
            GoldenVector.of(OFCTL + "meter-stats meter=5", "041200180000000200090000000000000000000500000000",
                OfMultipartRequest.meterStats(XID, 5)),
            GoldenVector.of(OFCTL + "dump-meters", "0412001800000002000a000000000000ffffffff00000000",
                OfMultipartRequest.meterConfig(XID, OfMeterStatsRequest.ALL)),
            GoldenVector.of(OFCTL + "dump-meters meter=5", "0412001800000002000a0000000000000000000500000000",
                OfMultipartRequest.meterConfig(XID, 5)),
            GoldenVector.of(OFCTL + "meter-features", "0412001000000002000b000000000000",
                OfMultipartRequest.meterFeatures(XID)),
            GoldenVector.of(OFCTL + "dump-table-features", "0412001000000002000c000000000000",
                OfMultipartRequest.tableFeatures(XID)),
            GoldenVector.of(OFCTL + "dump-ports-desc", "0412001000000002000d000000000000",
                OfMultipartRequest.portDesc(XID)),
            GoldenVector.of(OFCTL + "monitor watch:table=0,in_port=1 (ONFST_FLOW_MONITOR request, kept opaque)",
                "0412003800000002ffff0000000000004f4e46000000074e00000000003f000cffffffff00000000"
                    + "0001000c800000040000000100000000",
                OfMultipartRequest.of(XID, new OfExperimenterMultipartRequest(0x4f4e4600, 1870,
                    OfBytes.ofHex("00000000003f000cffffffff000000000001000c800000040000000100000000")))));
    }
}
