/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static io.tunnelmesh.openflow.impl.codec.v13.TestValues.v4;
import static io.tunnelmesh.openflow.impl.codec.v13.TestValues.v6;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvMap;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableMod;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableReply;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableRequest;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtLabel;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtMark;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtState;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtZone;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshFlags;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshMdtype;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshNp;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSpi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunFlags;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunId;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunMetadata;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPacketType;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPktReg;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import java.util.List;

/**
 * Golden vectors of the Nicira match fields and TLV table messages: captured from {@code ovs-ofctl --no-names -O
 * OpenFlow13 COMMAND tcp:127.0.0.1:PORT ...} (Open vSwitch 3.1) against {@code /work/tools/ofcapture.py}, the command
 * being the source string; where Open vSwitch never sends a code point itself (it writes {@code tun_id} as
 * {@code OXM_OF_TUNNEL_ID} and registers as {@code NXM_NX_REG} in OpenFlow 1.3) or for what a switch sends, built by
 * hand and checked with {@code ovs-ofctl ofp-print}, which prints what the source string says.
 */
final class NiciraFieldVectors {
    private static final String ADD_FLOW = "ovs-ofctl -O OpenFlow13 add-flow ";
    private static final String PRINTS = "ovs-ofctl ofp-print prints ";
    /** The 40 fixed bytes of every captured flow-mod: table 0, ADD, priority 0x8000, no buffer, any port/group. */
    private static final String FLOW_MOD_FIXED = "000000000000000000000000000000000000000000008000"
        + "ffffffffffffffffffffffff00000000";

    private NiciraFieldVectors() {
        // Hidden on purpose
    }

    static List<GoldenVector> all() {
        return List.of(
            flowMod(ADD_FLOW + "table=0,tun_id=5,tun_src=192.0.2.1,tun_dst=192.0.2.0/24,actions=drop", "0058",
                "0001002480004c08000000000000000500013e04c000020100014108c0000200ffffff0000000000",
                OxmTunnelId.of(5), NxmTunIpv4Src.of(v4("192.0.2.1")),
                NxmTunIpv4Dst.masked(v4("192.0.2.0"), v4("255.255.255.0"))),
            flowMod(ADD_FLOW + "table=0,tun_ipv6_src=2001:db8::1,tun_ipv6_dst=2001:db8::/32,actions=drop", "0070",
                "0001003c0001da1020010db80000000000000000000000010001dd2020010db800000000000000000000"
                    + "0000ffffffff00000000000000000000000000000000",
                NxmTunIpv6Src.of(v6("2001:db8::1")), NxmTunIpv6Dst.masked(v6("2001:db8::"), v6("ffff:ffff::"))),
            flowMod(ADD_FLOW + "table=0,reg0=1,reg3=0x5/0xff,reg15=0xffffffff,actions=drop", "0050",
                "0001002000010004000000010001070800000005000000ff00011e04ffffffff",
                NxmReg.of(0, 1), NxmReg.masked(3, 5, 0xff), NxmReg.of(15, 0xffffffff)),
            flowMod(ADD_FLOW + "table=0,xreg0=1,xreg7=0x5/0xff,actions=drop (OVS writes NXM registers in OF1.3)",
                "0050", "000100200001000400000000000102040000000100011f0800000005000000ff",
                NxmReg.of(0, 0), NxmReg.of(1, 1), NxmReg.masked(15, 5, 0xff)),
            flowMod(ADD_FLOW + "table=0,ct_state=+trk+est,ct_zone=3,ct_mark=1/0xff,ct_label=0x1234/0xffff,ip,"
                + "actions=drop", "0080",
                "0001004c80000a0208000001d30800000022000000220001d40200030001d70800000001000000ff0001d920"
                    + "000000000000000000000000000012340000000000000000000000000000ffff00000000",
                OxmEthType.of(0x0800), NxmCtState.masked(NxmCtState.TRK | NxmCtState.EST,
                    NxmCtState.TRK | NxmCtState.EST), new NxmCtZone(3), NxmCtMark.masked(1, 0xff),
                NxmCtLabel.masked(label("1234"), label("ffff"))),
            flowMod(ADD_FLOW + "table=0,ct_state=+trk+est,ct_zone=3,ct_mark=1,ct_label=0x1234,ip,actions=drop", "0068",
                "0001003880000a0208000001d30800000022000000220001d40200030001d604000000010001d810"
                    + "00000000000000000000000000001234",
                OxmEthType.of(0x0800), NxmCtState.masked(0x22, 0x22), new NxmCtZone(3), NxmCtMark.of(1),
                NxmCtLabel.of(label("1234"))),
            flowMod(ADD_FLOW + "table=0,packet_type=(1,0x894f),nsh_flags=2/0x3,nsh_ttl=63,nsh_mdtype=1,nsh_np=3,"
                + "nsh_spi=0x123456,nsh_si=255,nsh_c1=1,nsh_c2=2/0xff,nsh_c3=3,nsh_c4=4,actions=drop", "00b0",
                "0001007a800058040001894fffff0306005ad6500203ffff1405005ad6503fffff0405005ad65001ffff0605"
                    + "005ad65003ffff0808005ad65000123456ffff0a05005ad650ffffff0c08005ad65000000001ffff0f0c"
                    + "005ad65000000002000000ffffff1008005ad65000000003ffff1208005ad65000000004000000000000",
                OxmPacketType.ofEthertype(0x894f), NxmNshFlags.masked(2, 3), new NxmNshTtl(63),
                new NxmNshMdtype(1), new NxmNshNp(3), new NxmNshSpi(0x123456), new NxmNshSi(255),
                NxmNshContext.of(1, 1), NxmNshContext.masked(2, 2, 0xff), NxmNshContext.of(3, 3),
                NxmNshContext.of(4, 4)),
            flowMod(ADD_FLOW + "table=0,packet_type=(0,0),actions=drop", "0040", "0001000c800058040000000000000000",
                OxmPacketType.ETHERNET),
            flowMod(ADD_FLOW + "table=0,tun_metadata0=0x1234,tun_metadata63=0x11223344/0xff00ff00,actions=drop",
                "0048", "000100160001500212340001cf0811003300ff00ff000000",
                NxmTunMetadata.of(0, OfBytes.ofHex("1234")),
                NxmTunMetadata.masked(63, OfBytes.ofHex("11003300"), OfBytes.ofHex("ff00ff00"))),
            flowMod(ADD_FLOW + "table=0,tun_metadata1=0x112233445566778899aabbccddeeff0011,actions=drop", "0050",
                "0001001900015211112233445566778899aabbccddeeff001100000000000000",
                NxmTunMetadata.of(1, OfBytes.ofHex("112233445566778899aabbccddeeff0011"))),
            flowMod(ADD_FLOW + "table=0,tun_flags=+oam,actions=drop", "0040", "0001000c0001d1040001000100000000",
                NxmTunFlags.masked(NxmTunFlags.OAM, NxmTunFlags.OAM)),
            GoldenVector.of(ADD_FLOW + "table=0,actions=set_field:0x1234->tun_metadata0,set_field:5->reg3,"
                + "set_field:192.0.2.9->tun_src,set_field:2001:db8::2->tun_ipv6_dst,"
                + "set_field:2001:db8::3->tun_ipv6_src,set_field:0x77->tun_id",
                "040e00b000000002" + FLOW_MOD_FIXED + "0001000400000000000400780000000000190010000150021234"
                    + "000000000000001900100001060400000005000000000019001000013e04c00002090000000000190018"
                    + "0001dc1020010db8000000000000000000000002001900180001da1020010db800000000000000000000"
                    + "00030019001080004c080000000000000077",
                OfFlowMod.builder().xid(2).applyActions(
                    new OfActionSetField(NxmTunMetadata.of(0, OfBytes.ofHex("1234"))),
                    new OfActionSetField(NxmReg.of(3, 5)), new OfActionSetField(NxmTunIpv4Src.of(v4("192.0.2.9"))),
                    new OfActionSetField(NxmTunIpv6Dst.of(v6("2001:db8::2"))),
                    new OfActionSetField(NxmTunIpv6Src.of(v6("2001:db8::3"))),
                    new OfActionSetField(OxmTunnelId.of(0x77))).build()),
            GoldenVector.of(ADD_FLOW + "table=0,packet_type=(1,0x894f),actions=set_field:0x10->nsh_spi,"
                + "set_field:3->nsh_si,set_field:0xaabb->nsh_c1,set_field:1->nsh_flags,set_field:9->nsh_ttl",
                "040e009800000002" + FLOW_MOD_FIXED + "0001000c800058040001894f000000000004005800000000001900"
                    + "10ffff0808005ad6500000001000190010ffff0a05005ad6500300000000190010ffff0c08005ad650"
                    + "0000aabb00190010ffff0205005ad6500100000000190010ffff1405005ad65009000000",
                OfFlowMod.builder().xid(2).match(OfMatch.of(OxmPacketType.ofEthertype(0x894f))).applyActions(
                    new OfActionSetField(new NxmNshSpi(0x10)), new OfActionSetField(new NxmNshSi(3)),
                    new OfActionSetField(NxmNshContext.of(1, 0xaabb)), new OfActionSetField(NxmNshFlags.of(1)),
                    new OfActionSetField(new NxmNshTtl(9))).build()),
            flowMod(PRINTS + "OFPT_FLOW_MOD (OF1.3) (xid=0x2): ADD tun_id=0x5/0xff actions=drop "
                + "(NXM_NX_TUN_ID, which OVS reads but writes as OXM_OF_TUNNEL_ID)", "0048",
                "0001001800012110000000000000000500000000000000ff", NxmTunId.masked(5, 0xff)),
            flowMod(PRINTS + "OFPT_FLOW_MOD (OF1.3) (xid=0x2): ADD reg0=0,reg1=0x1,reg15=0x5/0xff actions=drop "
                + "(OXM_OF_PKT_REG0 and 7, which OVS reads in OF1.3)", "0058",
                "0001002480010008000000000000000180010f10000000000000000500000000000000ff00000000",
                OxmPktReg.of(0, 1), OxmPktReg.masked(7, 5, 0xff)),
            GoldenVector.of("ovs-ofctl -O OpenFlow13 add-tlv-map "
                + "{class=0xffff,type=0,len=4}->tun_metadata0,{class=0x0102,type=0x80,len=124}->tun_metadata63",
                "040400280000000200002320000000180000000000000000ffff0004000000000102807c003f0000",
                new NxTlvTableMod(2, NxTlvTableMod.ADD, List.of(new NxTlvMap(0xffff, 0, 4, 0),
                    new NxTlvMap(0x0102, 0x80, 124, 63)))),
            GoldenVector.of("ovs-ofctl -O OpenFlow13 del-tlv-map {class=0xffff,type=0,len=4}->tun_metadata0",
                "040400200000000200002320000000180001000000000000ffff000400000000",
                new NxTlvTableMod(2, NxTlvTableMod.DELETE, List.of(new NxTlvMap(0xffff, 0, 4, 0)))),
            GoldenVector.of("ovs-ofctl -O OpenFlow13 del-tlv-map", "040400180000000200002320000000180002000000000000",
                new NxTlvTableMod(2, NxTlvTableMod.CLEAR, List.of())),
            GoldenVector.of("ovs-ofctl -O OpenFlow13 dump-tlv-map", "04040010000000020000232000000019",
                new NxTlvTableRequest(2)),
            GoldenVector.of(PRINTS + "NXT_TLV_TABLE_REPLY (OF1.3) (xid=0x2): max option space=256 max fields=64 "
                + "... 0xffff 0 4 tun_metadata0",
                "0404002800000002000023200000001a00000100004000000000000000000000ffff000400000000",
                new NxTlvTableReply(2, 256, 64, List.of(new NxTlvMap(0xffff, 0, 4, 0)))));
    }

    private static GoldenVector flowMod(final String source, final String length, final String matchAndRest,
            final OxmField... fields) {
        return GoldenVector.of(source, "040e" + length + "00000002" + FLOW_MOD_FIXED + matchAndRest,
            OfFlowMod.builder().xid(2).match(OfMatch.of(fields)).build());
    }

    private static OfBytes label(final String hex) {
        return OfBytes.ofHex("0".repeat(32 - hex.length()) + hex);
    }
}
