/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyExperimenter;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.simpleclient.switchstate.RequestBytes;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NettyLeakDetection.class)
class SwitchBundleAddDecoderTest {
    private static final int FLAGS = 3;

    private final OfMessageEncoder encoder = new OfMessageEncoder(OpenFlowCodecs.standard());
    private final OfMessageDecoder production = new OfMessageDecoder(OpenFlowCodecs.standard());
    private final SwitchBundleAddDecoder decoder = new SwitchBundleAddDecoder(production);

    private static OfFlowMod peerFlow(final int xid, final long cookie, final int table, final String mac) {
        return OfFlowMod.builder().xid(xid).table(table).priority(100).cookie(cookie)
            .match(OfMatch.of(OxmMetadata.of(7), OxmEthDst.of(MacAddress.of(mac))))
            .applyActions(OfActionSetField.of(OxmTunnelId.of(5000)), OfActionOutput.to(3)).build();
    }

    private ByteBuf frame(final OfMessage message) {
        final ByteBuf bytes = Unpooled.buffer();
        encoder.encode(message, bytes);
        return bytes;
    }

    /** Decodes with the memo, checking that the production decoder gives an equal result for the same bytes. */
    private Object decodeBoth(final OfMessage message) {
        final ByteBuf bytes = frame(message);
        try {
            final Object expected = production.decode(bytes);
            final Object decoded = decoder.decode(bytes);
            assertEquals(expected, decoded);
            return decoded;
        } finally {
            bytes.release();
        }
    }

    private static OfFlowMod inner(final Object decoded) {
        return (OfFlowMod) assertInstanceOf(OnfBundleAdd.class, decoded).message();
    }

    @Test
    void aRepeatedFlowModIsTheProductionDecodersMessageMadeOfTheFirstOnesInstances() {
        final OfFlowMod first = inner(decodeBoth(OnfBundleAdd.of(1, FLAGS, peerFlow(11, 5, 10, "02:00:00:00:00:01"))));
        // another switch, another bundle: other xids, bundle id and flags, the same flow-mod otherwise
        final Object again = decodeBoth(new OnfBundleAdd(12, 9, 1, peerFlow(12, 5, 10, "02:00:00:00:00:01"),
            List.of()));
        final OfFlowMod second = inner(again);
        assertEquals(12, second.xid());
        assertSame(first.match(), second.match());
        assertSame(first.instructions(), second.instructions());
        // a byte apart is another flow-mod: cookie, table, match
        assertNotSame(first.match(), inner(decodeBoth(OnfBundleAdd.of(1, FLAGS, peerFlow(13, 5, 10,
            "02:00:00:00:00:02")))).match());
        assertEquals(6, inner(decodeBoth(OnfBundleAdd.of(1, FLAGS, peerFlow(14, 6, 10, "02:00:00:00:00:01"))))
            .cookie());
        assertEquals(11, inner(decodeBoth(OnfBundleAdd.of(1, FLAGS, peerFlow(15, 5, 11, "02:00:00:00:00:01"))))
            .tableId());
    }

    @Test
    void aFlowModTheSwitchRefusesIsNotKeptAndIsRefusedEveryTime() {
        final OfFlowMod readOnly = peerFlow(21, 5, 254, "02:00:00:00:00:01");
        final OfFlowMod first = inner(decodeBoth(OnfBundleAdd.of(1, FLAGS, readOnly)));
        final OfFlowMod second = inner(decodeBoth(OnfBundleAdd.of(1, FLAGS, readOnly)));
        assertNotSame(first.match(), second.match());
        final var state = new SwitchState(List.of(), InstantSource.system(), RequestBytes.NONE);
        for (OfFlowMod mod : List.of(first, second)) {
            final List<OfMessage> answer = state.handle(OnfBundleAdd.of(1, FLAGS, mod));
            assertEquals(OfErrorCode.OFPBRC_EPERM, ((OfError) answer.get(0)).error());
        }
    }

    @Test
    void otherFramesAreDecodedTheProductionWay() {
        final OfFlowMod mod = peerFlow(31, 5, 10, "02:00:00:00:00:03");
        // a bundle add with properties, a flow-mod on its own, a bundle control
        final var withProperty = new OnfBundleAdd(31, 1, FLAGS, mod, List.of(new OnfBundlePropertyExperimenter(
            0x2320, 1, OfBytes.copyOf(new byte[] {1, 2, 3, 4}))));
        assertEquals(1, ((OnfBundleAdd) decodeBoth(withProperty)).properties().size());
        assertEquals(mod, decodeBoth(mod));
        decodeBoth(OnfBundleControl.of(32, 1, OnfBundleControlType.OPEN_REQUEST, FLAGS));
        // a bundle add whose inner message claims more bytes than the frame has fails as in production
        final ByteBuf bytes = frame(OnfBundleAdd.of(1, FLAGS, mod));
        try {
            bytes.setShort(26, bytes.getUnsignedShort(26) + 8);
            final Object failure = decoder.decode(bytes);
            assertInstanceOf(OfDecodeFailure.class, failure);
            assertEquals(production.decode(bytes), failure);
        } finally {
            bytes.release();
        }
    }

    @Test
    void inThePipelineTheFrameIsReleasedAndTheMessagePassesTheProductionDecoder() {
        final var channel = new EmbeddedChannel(decoder, production);
        final OfFlowMod mod = peerFlow(41, 5, 10, "02:00:00:00:00:04");
        for (int xid = 41; xid < 44; xid++) {
            final ByteBuf bytes = frame(new OnfBundleAdd(xid, 1, FLAGS, peerFlow(xid, 5, 10, "02:00:00:00:00:04"),
                List.of()));
            channel.writeInbound(bytes);
            assertEquals(0, bytes.refCnt());
            final OnfBundleAdd add = channel.readInbound();
            assertEquals(xid, add.xid());
            assertEquals(mod.match(), inner(add).match());
        }
        channel.writeInbound(frame(mod));
        assertEquals(mod, channel.readInbound());
        assertFalse(channel.finish());
    }
}
