/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static io.tunnelmesh.openflow.impl.codec.v13.TestValues.ARP_REQUEST;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.match.OxmTcpSrc;
import io.tunnelmesh.openflow.api.match.OxmUdpDst;
import io.tunnelmesh.openflow.api.match.OxmUdpSrc;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfControllerRole;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.api.message.OfPortStatus;
import io.tunnelmesh.openflow.api.message.OfRoleReply;
import io.tunnelmesh.openflow.api.message.OfRoleRequest;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
import java.util.List;

/**
 * Golden vectors written by hand from the OpenFlow 1.3.5 layouts, for messages a switch sends (which
 * {@code ovs-ofctl} does not) or that no {@code ovs-ofctl} command emits. Every one was decoded with
 * {@code ovs-ofctl ofp-print HEX} (Open vSwitch 3.1); the source string quotes what it printed.
 */
final class HandBuiltVectors {
    private static final String PRINTS = "ovs-ofctl ofp-print: ";

    private HandBuiltVectors() {
        // Hidden on purpose
    }

    static List<GoldenVector> all() {
        return List.of(
            GoldenVector.of(PRINTS + "OFPT_ECHO_REPLY (OF1.3) (xid=0x7): 4 bytes of payload",
                "0403000c00000007deadbeef", new OfEchoReply(OfVersion.OF13, 7, OfBytes.ofHex("deadbeef"))),
            GoldenVector.of(PRINTS + "OFPT_ERROR (OF1.3) (xid=0x9): OFPBRC_BAD_TYPE, data an unknown type 0xee",
                "04010014000000090001000104ee000800000009",
                new OfError(9, OfErrorCode.OFPBRC_BAD_TYPE, OfBytes.ofHex("04ee000800000009"))),
            GoldenVector.of(PRINTS + "OFPT_ERROR (OF1.3) (xid=0x9): OFPBFC_UNKNOWN (ONF experimenter error 2300)",
                "0401001800000009ffff08fc4f4e460004ee000800000009",
                new OfExperimenterError(9, OnfErrorCodes.OFPBFC_UNKNOWN, OfBytes.ofHex("04ee000800000009"))),
            GoldenVector.of(PRINTS + "OFPT_ERROR (OF1.3) (xid=0x9): OFPBFC_MSG_BAD_XID",
                "0401001800000009ffff09054f4e460004ee000800000009",
                new OfExperimenterError(9, OnfErrorCodes.OFPBFC_MSG_BAD_XID, OfBytes.ofHex("04ee000800000009"))),
            GoldenVector.of(PRINTS + "OFPT_ERROR (OF1.3) (xid=0x9): NXBRC_MUST_BE_ZERO",
                "0401001800000009ffff00040000232004ee000800000009",
                new OfExperimenterError(9, NxErrorCodes.NXBRC_MUST_BE_ZERO, OfBytes.ofHex("04ee000800000009"))),
            GoldenVector.of(PRINTS + "OFPT_ERROR (OF1.3) (xid=0x9): NXBAC_BAD_HEADER_TYPE",
                "0401001000000009ffff002700002320",
                new OfExperimenterError(9, NxErrorCodes.NXBAC_BAD_HEADER_TYPE, OfBytes.EMPTY)),
            GoldenVector.of(PRINTS + "OFPT_FEATURES_REPLY (OF1.3) (xid=0x2): dpid:0000000000000001 "
                + "n_tables:254, n_buffers:256 capabilities: FLOW_STATS TABLE_STATS PORT_STATS GROUP_STATS "
                + "QUEUE_STATS",
                "0406002000000002000000000000000100000100fe0000000000004f00000000",
                new OfFeaturesReply(2, 1, 256, 254, 0, 0x4f, 0)),
            GoldenVector.of(PRINTS + "OFPT_GET_CONFIG_REPLY (OF1.3) (xid=0x2): frags=normal miss_send_len=65535",
                "0408000c000000020000ffff",
                new OfGetConfigReply(2, new OfSwitchConfig(OfSwitchConfig.FRAG_NORMAL, OfSwitchConfig.NO_BUFFER))),
            GoldenVector.of(PRINTS + "OFPT_BARRIER_REPLY (OF1.3) (xid=0xe)", "041500080000000e",
                OfBarrierReply.of(14)),
            GoldenVector.of(PRINTS + "OFPT_ROLE_REQUEST (OF1.3) (xid=0x5): role=primary generation_id=7",
                "041800180000000500000002000000000000000000000007",
                new OfRoleRequest(5, OfControllerRole.MASTER, 7)),
            GoldenVector.of(PRINTS + "OFPT_ROLE_REPLY (OF1.3) (xid=0x5): role=secondary generation_id=7",
                "041900180000000500000003000000000000000000000007",
                new OfRoleReply(5, OfControllerRole.SLAVE, 7)),
            GoldenVector.of(PRINTS + "OFPT_PACKET_IN (OF1.3) (xid=0x0): cookie=0x544d000000000001 total_len=42 "
                + "in_port=1 (via no_match) data_len=42 (unbuffered) arp,...,arp_spa=192.0.2.1,arp_tpa=192.0.2.2",
                "040a005400000000ffffffff002a0000544d0000000000010001000c80000004000000010000000000"
                    + "00" + ARP_REQUEST.toHex(),
                new OfPacketIn(0, OfPacketIn.NO_BUFFER, 42, 0, 0, 0x544d000000000001L,
                    OfMatch.builder().inPort(1).build(), ARP_REQUEST)),
            GoldenVector.of(PRINTS + "OFPT_FLOW_REMOVED (OF1.3) (xid=0x0): priority=200,in_port=2 reason=idle "
                + "table_id=10 cookie:0x544d000000000002 duration30s idle30 hard300 pkts5 bytes512",
                "040b004000000000544d00000000000200c8000a0000001e00000000001e012c0000000000000005"
                    + "00000000000002000001000c800000040000000200000000",
                new OfFlowRemoved(0, 0x544d000000000002L, 200, 0, 10, 30, 0, 30, 300, 5, 512,
                    OfMatch.builder().inPort(2).build())),
            GoldenVector.of(PRINTS + "OFPT_PORT_STATUS (OF1.3) (xid=0x0): ADD: 1(tap0): addr:fa:16:3e:00:00:01 "
                + "config: 0 state: LIVE current: 10GB-FD COPPER speed: 10000 Mbps now, 0 Mbps max",
                "040c00500000000000000000000000000000000100000000fa163e00000100007461703000000000"
                    + "00000000000000000000000000000004000008400000000000000000000000000098968000000000",
                new OfPortStatus(0, OfPortStatus.REASON_ADD, new OfPortDesc(1, MacAddress.of("fa:16:3e:00:00:01"),
                    "tap0", 0, 4, 0x840, 0, 0, 0, 10_000_000, 0))),
            // The spec makes TCP/UDP ports exact; Open vSwitch masks them and so must we.
            GoldenVector.of(PRINTS + "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD priority=10,tcp,tp_src=0x400/0xff00,"
                + "tp_dst=0x50/0xfff0 actions=drop",
                "040e00500000000100000000000000000000000000000000000000000000000a"
                    + "ffffffffffffffffffffffff000000000001001f80000a0208008000140106"
                    + "80001b040400ff0080001d040050fff000",
                OfFlowMod.builder().xid(1).priority(10).match(OfMatch.of(OxmEthType.of(0x0800), OxmIpProto.of(6),
                    OxmTcpSrc.masked(0x400, 0xff00), OxmTcpDst.masked(0x50, 0xfff0))).build()),
            GoldenVector.of(PRINTS + "OFPT_FLOW_MOD (OF1.3) (xid=0x2): ADD priority=11,udp,tp_src=53,"
                + "tp_dst=0x1000/0xf000 actions=drop (an all-ones mask stays a mask on the wire)",
                "040e00500000000200000000000000000000000000000000000000000000000b"
                    + "ffffffffffffffffffffffff000000000001001f80000a0208008000140111"
                    + "80001f040035ffff800021041000f00000",
                OfFlowMod.builder().xid(2).priority(11).match(OfMatch.of(OxmEthType.of(0x0800), OxmIpProto.of(17),
                    OxmUdpSrc.masked(53, 0xffff), OxmUdpDst.masked(0x1000, 0xf000))).build()));
    }
}
