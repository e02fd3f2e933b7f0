/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfAsyncConfig;
import io.tunnelmesh.openflow.api.message.OfGetAsyncReply;
import io.tunnelmesh.openflow.api.message.OfGetAsyncRequest;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMeterModCommand;
import io.tunnelmesh.openflow.api.message.OfPacketQueue;
import io.tunnelmesh.openflow.api.message.OfQueueGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfQueuePropExperimenter;
import io.tunnelmesh.openflow.api.message.OfQueuePropMaxRate;
import io.tunnelmesh.openflow.api.message.OfQueuePropMinRate;
import io.tunnelmesh.openflow.api.message.OfQueuePropUnknown;
import io.tunnelmesh.openflow.api.message.OfSetAsync;
import io.tunnelmesh.openflow.api.message.OfTableMod;
import java.util.List;

/**
 * Golden vectors of the messages {@code ovs-ofctl} does not send in OpenFlow 1.3 (replies a switch sends, the async
 * configuration, a table mod, which {@code ovs-ofctl -O OpenFlow13 mod-table} refuses to write), built by hand from
 * OpenFlow 1.3.5 and checked with {@code ovs-ofctl ofp-print}; its output is the source string.
 */
final class ModsHandBuiltVectors {
    private static final String PRINTS = "ovs-ofctl ofp-print: ";

    private ModsHandBuiltVectors() {
        // Hidden on purpose
    }

    static List<GoldenVector> all() {
        return List.of(
            GoldenVector.of(PRINTS + "OFPT_TABLE_MOD (OF1.3) (xid=0x2): table_id=3",
                "04110010000000020300000000000000", new OfTableMod(2, 3, 0)),
            GoldenVector.of(PRINTS + "OFPT_TABLE_MOD (OF1.3) (xid=0x5): table_id: ALL_TABLES",
                "0411001000000005ff00000000000000", new OfTableMod(5, OfTableMod.ALL_TABLES, 0)),
            GoldenVector.of(PRINTS + "OFPT_METER_MOD (OF1.3) (xid=0x9): MOD meter=7 kbps burst bands= "
                + "type=drop rate=10000 burst_size=1000 type=dscp_remark rate=5000 burst_size=500 prec_level=2",
                "041d00300000000900010005000000070001001000002710000003e8000000000002001000001388000001f402000000",
                OfMeterMod.builder(7).xid(9).command(OfMeterModCommand.MODIFY).kbps().burst().drop(10_000, 1000)
                    .dscpRemark(5000, 500, 2).build()),
            GoldenVector.of(PRINTS + "OFPT_METER_MOD (OF1.3) (xid=0x9): DEL meter=all bands=",
                "041d00100000000900020000ffffffff", new OfMeterMod(9, OfMeterModCommand.DELETE, 0, OfMeterMod.ALL,
                    List.of())),
            GoldenVector.of(PRINTS + "OFPT_QUEUE_GET_CONFIG_REPLY (OF1.3) (xid=0x2): port=1 "
                + "queue 1: min_rate:50.0% max_rate:100.0% queue 2:",
                "0417005000000002000000010000000000000001000000010030000000000000000100100000000001f4000000000000"
                    + "000200100000000003e800000000000000000002000000010010000000000000",
                new OfQueueGetConfigReply(2, 1, List.of(
                    new OfPacketQueue(1, 1, List.of(new OfQueuePropMinRate(500), new OfQueuePropMaxRate(1000))),
                    new OfPacketQueue(2, 1, List.of())))),
            GoldenVector.of(PRINTS + "OFPT_QUEUE_GET_CONFIG_REPLY (OF1.3) (xid=0x2): port=1 queue 3: "
                + "(an experimenter property and an unknown property 7, which ovs-ofctl skips)",
                "0417004800000002000000010000000000000003000000010038000000000000ffff00180000000000002320000000000102"
                    + "0304050607080007001000000000aabbccdd00000000",
                new OfQueueGetConfigReply(2, 1, List.of(new OfPacketQueue(3, 1, List.of(
                    new OfQueuePropExperimenter(0x2320, OfBytes.ofHex("0102030405060708")),
                    new OfQueuePropUnknown(7, OfBytes.ofHex("00000000aabbccdd00000000"))))))),
            GoldenVector.of(PRINTS + "OFPT_GET_ASYNC_REQUEST (OF1.3) (xid=0x2):", "041a000800000002",
                new OfGetAsyncRequest(2)),
            GoldenVector.of(PRINTS + "OFPT_GET_ASYNC_REPLY (OF1.3) (xid=0x2): primary: PACKET_IN: no_match action "
                + "PORT_STATUS: add delete modify FLOW_REMOVED: idle hard delete group_delete secondary: "
                + "PACKET_IN: (off) PORT_STATUS: add delete modify FLOW_REMOVED: (off)",
                "041b002000000002000000030000000000000007000000070000000f00000000",
                new OfGetAsyncReply(2, OfAsyncConfig.SWITCH_DEFAULT)),
            GoldenVector.of(PRINTS + "OFPT_SET_ASYNC (OF1.3) (xid=0x2): primary: PACKET_IN: no_match action "
                + "invalid_ttl PORT_STATUS: add delete modify FLOW_REMOVED: idle delete secondary: "
                + "PACKET_IN: no_match PORT_STATUS: (off) FLOW_REMOVED: hard group_delete",
                "041c00200000000200000007000000010000000700000000000000050000000a",
                new OfSetAsync(2, new OfAsyncConfig(7, 1, 7, 0, 5, 10))));
    }
}
