/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static io.tunnelmesh.openflow.impl.codec.v13.TestValues.v6;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfActionDecMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopMpls;
import io.tunnelmesh.openflow.api.action.OfActionPushMpls;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetNwTtl;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Type;
import io.tunnelmesh.openflow.api.match.OxmIcmpv6Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv6Type;
import io.tunnelmesh.openflow.api.match.OxmIpDscp;
import io.tunnelmesh.openflow.api.match.OxmIpEcn;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmIpv6Flabel;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdSll;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdTarget;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdTll;
import io.tunnelmesh.openflow.api.match.OxmMplsLabel;
import io.tunnelmesh.openflow.api.match.OxmMplsTc;
import io.tunnelmesh.openflow.api.match.OxmSctpDst;
import io.tunnelmesh.openflow.api.match.OxmSctpSrc;
import io.tunnelmesh.openflow.api.match.OxmVlanPcp;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMeterModCommand;
import io.tunnelmesh.openflow.api.message.OfPortMod;
import io.tunnelmesh.openflow.api.message.OfQueueGetConfigRequest;
import java.util.List;

/**
 * Golden vectors of the group, meter, port and queue messages and of flows using the OXM fields and actions added
 * with them, as {@code ovs-ofctl} 3.1 encoded them (captured with {@code /work/tools/ofcapture.py}; port mods with a
 * variant answering the port description request with port 1, {@code fa:16:3e:00:00:01}, which
 * {@code ovs-ofctl mod-port} reads first).
 */
final class ModsOvsVectors {
    private static final String OFCTL = "ovs-ofctl --no-names -O OpenFlow13 ";
    private static final String ADD_FLOW = OFCTL + "add-flow ";
    private static final MacAddress PORT_1_MAC = MacAddress.of("fa:16:3e:00:00:01");
    /** The fixed part of {@code ovs-ofctl add-flow}'s FLOW_MOD: no cookie, add, no timeouts, no buffer, any. */
    private static final String ANY_ANY_ANY = "ffffffffffffffffffffffff00000000";

    private ModsOvsVectors() {
        // Hidden on purpose
    }

    static List<GoldenVector> all() {
        return List.of(
            GoldenVector.of(OFCTL + "add-group group_id=1,type=all,bucket=output:1,bucket=output:2",
                "040f005000000002000000000000000100200000ffffffffffffffff0000000000000010000000010000000000000000"
                    + "00200000ffffffffffffffff0000000000000010000000020000000000000000",
                OfGroupMod.add(1, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(1)), OfBucket.of(OfActionOutput.to(2)))
                    .withXid(2)),
            GoldenVector.of(OFCTL + "add-group group_id=2,type=select,bucket=weight:10,actions=output:1,"
                + "bucket=weight:20,actions=output:2",
                "040f00500000000200000100000000020020000affffffffffffffff0000000000000010000000010000000000000000"
                    + "00200014ffffffffffffffff0000000000000010000000020000000000000000",
                OfGroupMod.add(2, OfGroupType.SELECT, OfBucket.weighted(10, OfActionOutput.to(1)),
                    OfBucket.weighted(20, OfActionOutput.to(2))).withXid(2)),
            GoldenVector.of(OFCTL + "add-group group_id=3,type=indirect,"
                + "bucket=actions=set_field:fa:16:3e:00:00:02->eth_dst,output:3",
                "040f004000000002000002000000000300300000ffffffffffffffff000000000019001080000606fa163e000002"
                    + "000000000010000000030000000000000000",
                OfGroupMod.add(3, OfGroupType.INDIRECT, OfBucket.of(
                    OfActionSetField.of(OxmEthDst.of(MacAddress.of("fa:16:3e:00:00:02"))), OfActionOutput.to(3)))
                    .withXid(2)),
            GoldenVector.of(OFCTL + "add-group group_id=4,type=fast_failover,bucket=watch_port:1,actions=output:1,"
                + "bucket=watch_port:2,watch_group:3,actions=output:2",
                "040f00500000000200000300000000040020000000000001ffffffff000000000000001000000001000000000000000000"
                    + "20000000000002000000030000000000000010000000020000000000000000",
                OfGroupMod.add(4, OfGroupType.FF, OfBucket.watchingPort(1, OfActionOutput.to(1)),
                    new OfBucket(0, 2, 3, List.of(OfActionOutput.to(2)))).withXid(2)),
            GoldenVector.of(OFCTL + "mod-group group_id=1,type=all,bucket=output:3",
                "040f003000000002000100000000000100200000ffffffffffffffff0000000000000010000000030000000000000000",
                OfGroupMod.modify(1, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(3))).withXid(2)),
            GoldenVector.of(OFCTL + "del-groups group_id=1", "040f0010000000020002000000000001",
                OfGroupMod.delete(1).withXid(2)),
            GoldenVector.of(OFCTL + "del-groups", "040f00100000000200020000fffffffc",
                OfGroupMod.delete(OfGroupMod.ALL).withXid(2)),
            GoldenVector.of(OFCTL + "add-meter meter=1,kbps,burst,stats,bands=type=drop,rate=1000,burst_size=100",
                "041d0020000000020000000d0000000100010010000003e80000006400000000",
                OfMeterMod.builder(1).xid(2).kbps().burst().stats().drop(1000, 100).build()),
            GoldenVector.of(OFCTL + "add-meter meter=2,pktps,bands=type=dscp_remark,rate=100,prec_level=1",
                "041d002000000002000000020000000200020010000000640000000001000000",
                OfMeterMod.builder(2).xid(2).pktps().dscpRemark(100, 0, 1).build()),
            GoldenVector.of(OFCTL + "mod-meter meter=2,pktps,bands=type=drop,rate=200",
                "041d002000000002000100020000000200010010000000c80000000000000000",
                OfMeterMod.builder(2).xid(2).command(OfMeterModCommand.MODIFY).pktps().drop(200, 0).build()),
            GoldenVector.of(OFCTL + "del-meter meter=2", "041d0010000000020002000000000002",
                new OfMeterMod(2, OfMeterModCommand.DELETE, 0, 2, List.of())),
            GoldenVector.of(OFCTL + "mod-port 1 down",
                "04100028000000040000000100000000fa163e000001000000000001000000010000000000000000",
                OfPortMod.of(1, PORT_1_MAC, OfPortMod.PORT_DOWN, OfPortMod.PORT_DOWN).withXid(4)),
            GoldenVector.of(OFCTL + "mod-port 1 up",
                "04100028000000040000000100000000fa163e000001000000000000000000010000000000000000",
                OfPortMod.of(1, PORT_1_MAC, 0, OfPortMod.PORT_DOWN).withXid(4)),
            GoldenVector.of(OFCTL + "mod-port 1 no-receive",
                "04100028000000040000000100000000fa163e000001000000000004000000040000000000000000",
                OfPortMod.of(1, PORT_1_MAC, OfPortMod.NO_RECV, OfPortMod.NO_RECV).withXid(4)),
            GoldenVector.of(OFCTL + "mod-port 1 no-packet-in",
                "04100028000000040000000100000000fa163e000001000000000040000000400000000000000000",
                OfPortMod.of(1, PORT_1_MAC, OfPortMod.NO_PACKET_IN, OfPortMod.NO_PACKET_IN).withXid(4)),
            GoldenVector.of(OFCTL + "mod-port 1 forward",
                "04100028000000040000000100000000fa163e000001000000000000000000200000000000000000",
                OfPortMod.of(1, PORT_1_MAC, 0, OfPortMod.NO_FWD).withXid(4)),
            GoldenVector.of(OFCTL + "queue-get-config", "0416001000000002ffffffff00000000",
                new OfQueueGetConfigRequest(2, OfQueueGetConfigRequest.ANY_PORT)),
            GoldenVector.of(OFCTL + "queue-get-config 5", "04160010000000020000000500000000",
                new OfQueueGetConfigRequest(2, 5)),
            GoldenVector.of(ADD_FLOW + "table=20,priority=1,dl_vlan=5,dl_vlan_pcp=3,ip,ip_dscp=46,ip_ecn=2,"
                + "actions=set_field:5->vlan_pcp,set_field:10->ip_dscp,set_field:1->ip_ecn,mod_nw_ttl:32,output:1",
                "040e00a000000002000000000000000000000000000000001400000000000001" + ANY_ANY_ANY
                    + "0001001f80000a02080080000c02100580000e0103800010012e8000120102"
                    + "00000400500000000000190010" + "80000e01050000000000000000190010800010010a00000000000000"
                    + "00190010800012010100000000000000001700082000000000000010000000010000000000000000",
                flow(20, 1, OfMatch.builder().ethType(0x0800).add(OxmVlanVid.of(0x1005)).vlanPcp(3).ipDscp(46)
                    .ipEcn(2).build())
                    .applyActions(OfActionSetField.of(OxmVlanPcp.of(5)), OfActionSetField.of(OxmIpDscp.of(10)),
                        OfActionSetField.of(OxmIpEcn.of(1)), OfActionSetNwTtl.of(32), OfActionOutput.to(1))
                    .build()),
            GoldenVector.of(ADD_FLOW + "table=20,priority=2,sctp,sctp_src=0x100/0xff00,sctp_dst=80,"
                + "actions=set_field:81->sctp_dst,output:2",
                "040e007800000002000000000000000000000000000000001400000000000002" + ANY_ANY_ANY
                    + "0001001d80000a0208008000140184800023040100ff00800024020050000000"
                    + "00040028000000000019001080002402005100000000000000000010000000020000000000000000",
                flow(20, 2, OfMatch.of(OxmEthType.of(0x0800), OxmIpProto.of(132), OxmSctpSrc.masked(0x100, 0xff00),
                    OxmSctpDst.of(80)))
                    .applyActions(OfActionSetField.of(OxmSctpDst.of(81)), OfActionOutput.to(2)).build()),
            GoldenVector.of(ADD_FLOW + "table=20,priority=3,icmp,icmp_type=8,icmp_code=0,"
                + "actions=set_field:0->icmp_type,set_field:1->icmp_code,output:3",
                "040e008800000002000000000000000000000000000000001400000000000003" + ANY_ANY_ANY
                    + "0001001980000a02080080001401018000260108800028010000000000000000000400380000000000190010"
                    + "8000260100000000000000000019001080002801010000000000000000000010000000030000000000000000",
                flow(20, 3, OfMatch.builder().ethType(0x0800).ipProto(1).icmpv4Type(8).icmpv4Code(0).build())
                    .applyActions(OfActionSetField.of(OxmIcmpv4Type.of(0)), OfActionSetField.of(OxmIcmpv4Code.of(1)),
                        OfActionOutput.to(3))
                    .build()),
            GoldenVector.of(ADD_FLOW + "table=20,priority=4,icmp6,ipv6_label=0x12345,icmp_type=135,icmp_code=0,"
                + "nd_target=2001:db8::1,nd_sll=fa:16:3e:00:00:01,"
                + "actions=set_field:2001:db8::2->nd_target,set_field:fa:16:3e:00:00:02->nd_sll,output:4",
                "040e00b000000002000000000000000000000000000000001400000000000004" + ANY_ANY_ANY
                    + "0001003f80000a0286dd8000380400012345800014013a80003a018780003c010080003e1020010db8000000"
                    + "00000000000000000180004006fa163e0000010000040040000000000019001880003e1020010db800000000"
                    + "00000000000000020019001080004006fa163e000002000000000010000000040000000000000000",
                flow(20, 4, OfMatch.builder().ethType(0x86dd).add(OxmIpv6Flabel.of(0x12345)).ipProto(58)
                    .icmpv6Type(135).icmpv6Code(0).ipv6NdTarget(v6("2001:db8::1"))
                    .add(OxmIpv6NdSll.of(PORT_1_MAC)).build())
                    .applyActions(OfActionSetField.of(OxmIpv6NdTarget.of(v6("2001:db8::2"))),
                        OfActionSetField.of(OxmIpv6NdSll.of(MacAddress.of("fa:16:3e:00:00:02"))),
                        OfActionOutput.to(4))
                    .build()),
            GoldenVector.of(ADD_FLOW + "table=20,priority=5,icmp6,ipv6_label=0x10000/0xf0000,icmp_type=136,"
                + "nd_target=2001:db8::/64,nd_tll=fa:16:3e:00:00:00/ff:ff:ff:00:00:00,"
                + "actions=set_field:fa:16:3e:00:00:03->nd_tll,set_field:0x54321->ipv6_label,output:5",
                "040e00c000000002000000000000000000000000000000001400000000000005" + ANY_ANY_ANY
                    + "0001005480000a0286dd8000390800010000000f0000800014013a80003a018880003f2020010db8000000000000"
                    + "000000000000ffffffffffffffff00000000000000008000430cfa163e000000ffffff00000000000000"
                    + "00040038000000000019001080004206fa163e0000030000001900108000380400054321000000000000001000"
                    + "0000050000000000000000",
                flow(20, 5, OfMatch.of(OxmEthType.of(0x86dd), OxmIpv6Flabel.masked(0x10000, 0xf0000),
                    OxmIpProto.of(58), OxmIcmpv6Type.of(136),
                    OxmIpv6NdTarget.masked(v6("2001:db8::"), v6("ffff:ffff:ffff:ffff::")),
                    OxmIpv6NdTll.masked(MacAddress.of("fa:16:3e:00:00:00"), MacAddress.of("ff:ff:ff:00:00:00"))))
                    .applyActions(OfActionSetField.of(OxmIpv6NdTll.of(MacAddress.of("fa:16:3e:00:00:03"))),
                        OfActionSetField.of(OxmIpv6Flabel.of(0x54321)), OfActionOutput.to(5))
                    .build()),
            GoldenVector.of(ADD_FLOW + "table=21,priority=6,mpls,mpls_label=100,mpls_tc=5,mpls_bos=1,"
                + "actions=set_field:200->mpls_label,set_field:3->mpls_tc,set_mpls_ttl:64,dec_mpls_ttl,"
                + "pop_mpls:0x0800,output:1",
                "040e00a000000002000000000000000000000000000000001500000000000006" + ANY_ANY_ANY
                    + "0001001c80000a028847800046010580004801018000440400000064000000000004005000000000"
                    + "0019001080004404000000c80000000000190010800046010300000000000000000f000840000000"
                    + "0010000800000000001400080800000000000010000000010000000000000000",
                flow(21, 6, OfMatch.builder().ethType(0x8847).mplsTc(5).mplsBos(1).mplsLabel(100).build())
                    .applyActions(OfActionSetField.of(OxmMplsLabel.of(200)), OfActionSetField.of(OxmMplsTc.of(3)),
                        OfActionSetMplsTtl.of(64), OfActionDecMplsTtl.INSTANCE, OfActionPopMpls.of(0x0800),
                        OfActionOutput.to(1))
                    .build()),
            GoldenVector.of(ADD_FLOW + "table=21,priority=7,ip,"
                + "actions=push_mpls:0x8847,set_field:100->mpls_label,set_mpls_ttl:63,output:2",
                "040e007800000002000000000000000000000000000000001500000000000007" + ANY_ANY_ANY
                    + "0001000a80000a02080000000000000000040038000000000013000888470000001900108000440400000064"
                    + "00000000000f00083f00000000000010000000020000000000000000",
                flow(21, 7, OfMatch.builder().ethType(0x0800).build())
                    .applyActions(OfActionPushMpls.of(OfActionPushMpls.UNICAST),
                        OfActionSetField.of(OxmMplsLabel.of(100)), OfActionSetMplsTtl.of(63), OfActionOutput.to(2))
                    .build()),
            GoldenVector.of(ADD_FLOW + "table=5,priority=12,mpls,"
                + "actions=push_mpls:0x8848,pop_mpls:0x86dd,dec_ttl,output:3",
                "040e00700000000200000000000000000000000000000000050000000000000c" + ANY_ANY_ANY
                    + "0001000a80000a028847000000000000000400300000000000130008884800000014000886dd00000018"
                    + "00080000000000000010000000030000000000000000",
                flow(5, 12, OfMatch.builder().ethType(0x8847).build())
                    .applyActions(OfActionPushMpls.of(OfActionPushMpls.MULTICAST), OfActionPopMpls.of(0x86dd),
                        OfActionDecNwTtl.INSTANCE, OfActionOutput.to(3))
                    .build()),
            GoldenVector.of(ADD_FLOW + "table=21,priority=8,icmp6,icmp_type=128,icmp_code=0,"
                + "actions=set_field:129->icmpv6_type,set_field:0->icmpv6_code,output:3",
                "040e008800000002000000000000000000000000000000001500000000000008" + ANY_ANY_ANY
                    + "0001001980000a0286dd800014013a80003a018080003c010000000000000000000400380000000000190010"
                    + "80003a0181000000000000000019001080003c01000000000000000000000010000000030000000000000000",
                flow(21, 8, OfMatch.builder().ethType(0x86dd).ipProto(58).icmpv6Type(128).icmpv6Code(0).build())
                    .applyActions(OfActionSetField.of(OxmIcmpv6Type.of(129)), OfActionSetField.of(OxmIcmpv6Code.of(0)),
                        OfActionOutput.to(3))
                    .build()));
    }

    private static OfFlowMod.Builder flow(final int table, final int priority, final OfMatch match) {
        return OfFlowMod.builder().xid(2).table(table).priority(priority).match(match);
    }
}
