/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyExperimenter;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyUnknown;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfExperimenter;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import java.util.List;

/**
 * Golden vectors of the ONF bundle extension for OpenFlow 1.3: what {@code ovs-ofctl -O OpenFlow13 --bundle} sends
 * (captured against {@code /work/tools/ofcapture.py}, which answers the bundle control requests), and hand-built
 * replies and properties checked with {@code ovs-ofctl ofp-print}. The bundle open of the same capture is in
 * {@link OvsProducedVectors}. Open vSwitch gives the bundle add the xid of the message inside it.
 */
final class OnfBundleVectors {
    private static final int ATOMIC_ORDERED = OnfBundleControl.ATOMIC | OnfBundleControl.ORDERED;
    private static final String PRINTS = "ovs-ofctl ofp-print prints ";

    private OnfBundleVectors() {
        // Hidden on purpose
    }

    static List<GoldenVector> all() {
        return List.of(
            GoldenVector.of("bundle add of ovs-ofctl -O OpenFlow13 --bundle add-flow "
                + "table=0,in_port=1,actions=output:2",
                "04040070000000024f4e4600000008fd0000000000000003040e00580000000200000000000000000000000000000000"
                    + "0000000000008000ffffffffffffffffffffffff000000000001000c80000004000000010000000000040018"
                    + "0000000000000010000000020000000000000000",
                OnfBundleAdd.of(0, ATOMIC_ORDERED, OfFlowMod.builder().xid(2).match(OfMatch.builder().inPort(1)
                    .build()).applyActions(OfActionOutput.to(2)).build())),
            GoldenVector.of("bundle commit of ovs-ofctl -O OpenFlow13 --bundle add-flow ...",
                "04040018000000054f4e4600000008fc0000000000040003",
                OnfBundleControl.of(5, 0, OnfBundleControlType.COMMIT_REQUEST, ATOMIC_ORDERED)),
            GoldenVector.of("second bundle add of ovs-ofctl -O OpenFlow13 --bundle add-flows FILE with "
                + "'add table=0,in_port=1,actions=output:2' and 'delete table=1,in_port=2'",
                "04040058000000034f4e4600000008fd0000000000000003040e00400000000300000000000000000000000000000000"
                    + "0103000000008000ffffffffffffffffffffffff000000000001000c800000040000000200000000",
                OnfBundleAdd.of(0, ATOMIC_ORDERED, OfFlowMod.builder().xid(3).table(1)
                    .command(OfFlowModCommand.DELETE).match(OfMatch.builder().inPort(2).build()).build())),
            GoldenVector.of("ovs-ofctl -O OpenFlow13 ct-flush-zone 5 (NXT_CT_FLUSH_ZONE: no codec, stays opaque "
                + "next to the registered experimenter codecs)", "0404001800000002000023200000001d0000000000000005",
                new OfExperimenter(2, 0x2320, 29, OfBytes.ofHex("0000000000000005"))),
            GoldenVector.of(PRINTS + "ONFT_BUNDLE_CONTROL (OF1.3) (xid=0x3): bundle_id=0 type=OPEN_REPLY "
                + "flags=atomic ordered", "04040018000000034f4e4600000008fc0000000000010003",
                OnfBundleControl.of(3, 0, OnfBundleControlType.OPEN_REPLY, ATOMIC_ORDERED)),
            GoldenVector.of(PRINTS + "ONFT_BUNDLE_CONTROL (OF1.3) (xid=0x5): bundle_id=0 type=COMMIT_REQUEST "
                + "flags=atomic ordered (an experimenter and an unknown property, which OVS skips)",
                "04040030000000054f4e4600000008fc0000000000040003ffff000e0000232000000001aabb0000"
                    + "00050006cafe0000",
                new OnfBundleControl(5, 0, OnfBundleControlType.COMMIT_REQUEST, ATOMIC_ORDERED, List.of(
                    new OnfBundlePropertyExperimenter(0x2320, 1, OfBytes.ofHex("aabb")),
                    new OnfBundlePropertyUnknown(5, OfBytes.ofHex("cafe"))))),
            GoldenVector.of(PRINTS + "ONFT_BUNDLE_ADD_MESSAGE (OF1.3) (xid=0x2): bundle_id=0x7 flags=atomic ordered "
                + "OFPT_FLOW_MOD (OF1.3) (xid=0x2): DEL table:10 cookie:0x544d000000000000/0xffff000000000000 "
                + "(then an experimenter property, which OVS skips)",
                "04040060000000024f4e4600000008fd0000000700000003040e003800000002544d000000000000ffff000000000000"
                    + "0a03000000008000ffffffffffffffffffffffff000000000001000400000000"
                    + "ffff0010000023200000000112345678",
                new OnfBundleAdd(2, 7, ATOMIC_ORDERED, OfFlowMod.builder().xid(2).command(OfFlowModCommand.DELETE)
                    .table(10).cookie(0x544d000000000000L, 0xffff000000000000L).build(),
                    List.of(new OnfBundlePropertyExperimenter(0x2320, 1, OfBytes.ofHex("12345678"))))));
    }
}
