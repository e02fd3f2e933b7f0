/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.onf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableRequest;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleProperty;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyExperimenter;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyUnknown;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorKind;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.ext.nicira.NiciraExtensions;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ONF bundle codecs: arbitrary control and add messages (properties included, inner messages of any registered
 * codec, extensions included) round-trip byte for byte; malformed ones are {@code OFPBRC_BAD_LEN}; the inner xid is
 * kept as received.
 */
@ExtendWith(NettyLeakDetection.class)
class OnfBundleCodecsTest {
    private static final OfCodecRegistry REGISTRY = OnfExtensions.addTo(NiciraExtensions.addTo(
        V13Codecs.addTo(OfCodecRegistry.builder()))).build();
    private static final String BUNDLE_ADD = "4f4e4600000008fd";
    private static final String BUNDLE_CONTROL = "4f4e4600000008fc";

    @Property(tries = 300)
    void bundleMessageRoundTrips(@ForAll("bundleMessages") final OfMessage message) {
        final var first = Unpooled.buffer();
        final var second = Unpooled.buffer();
        try {
            new OfMessageEncoder(REGISTRY).encode(message, first);
            final var decoded = new OfMessageDecoder(REGISTRY).decode(first);
            assertEquals(message, decoded);
            new OfMessageEncoder(REGISTRY).encode((OfMessage) decoded, second);
            assertEquals(ByteBufUtil.hexDump(first), ByteBufUtil.hexDump(second));
        } finally {
            first.release();
            second.release();
        }
    }

    @Provide
    Arbitrary<OfMessage> bundleMessages() {
        final var u16 = Arbitraries.integers().between(0, 0xffff);
        final Arbitrary<OnfBundleProperty> experimenter = Combinators.combine(Arbitraries.integers(),
            Arbitraries.integers(), bytes(20)).as(OnfBundlePropertyExperimenter::new);
        final Arbitrary<OnfBundleProperty> unknown = Combinators.combine(Arbitraries.integers().between(0, 0xfffe),
            bytes(20)).as(OnfBundlePropertyUnknown::new);
        final Arbitrary<List<OnfBundleProperty>> properties = Arbitraries.oneOf(experimenter, unknown).list()
            .ofMaxSize(3);
        final Arbitrary<OfMessage> inner = Arbitraries.oneOf(
            Combinators.combine(Arbitraries.integers(), bytes(13))
                .as((xid, data) -> new OfEchoRequest(OfVersion.OF13, xid, data)),
            Arbitraries.integers().map(xid -> OfBarrierRequest.of(xid)),
            Arbitraries.integers().map(NxTlvTableRequest::new),
            Combinators.combine(Arbitraries.integers(), u16).as((xid, priority) -> OfFlowMod.builder().xid(xid)
                .priority(priority).build()));
        return Arbitraries.oneOf(
            Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), u16.map(OnfBundleControlType::valueOf),
                u16, properties).as(OnfBundleControl::new),
            Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), u16, inner, properties)
                .as(OnfBundleAdd::new));
    }

    @Example
    void bundleAddTakesTheInnerXidLikeOpenVswitch() {
        final var add = OnfBundleAdd.of(7, OnfBundleControl.ATOMIC, OfBarrierRequest.of(42));
        assertEquals(42, add.xid());
        assertTrue(add.xidsMatch());
    }

    @Test
    void bundleAddWithAnotherInnerXidIsKeptForTheSwitchToRefuse() {
        final var in = frame(BUNDLE_ADD + "00000007" + "00000001" + "0414000800000009");
        try {
            final var add = assertInstanceOf(OnfBundleAdd.class, new OfMessageDecoder(REGISTRY).decode(in));
            assertEquals(1, add.xid());
            assertEquals(OfBarrierRequest.of(9), add.message());
            assertFalse(add.xidsMatch(), "Open vSwitch answers this with OFPBFC_MSG_BAD_XID");
        } finally {
            in.release();
        }
    }

    @Test
    void innerMessagePaddedBeforeProperties() {
        final var add = new OnfBundleAdd(3, 1, 0, new OfEchoRequest(OfVersion.OF13, 3, OfBytes.ofHex("aa")),
            List.of(new OnfBundlePropertyUnknown(1, OfBytes.EMPTY)));
        final var out = Unpooled.buffer();
        try {
            new OfMessageEncoder(REGISTRY).encode(add, out);
            assertEquals("04040030000000034f4e4600000008fd000000010000000004020009000000" + "03aa"
                + "00000000000000" + "00010004" + "00000000", ByteBufUtil.hexDump(out));
        } finally {
            out.release();
        }
    }

    @Test
    void bundleControlWithoutItsFixedPartIsBadLen() {
        assertFailure("ONFT_BUNDLE_CONTROL body of 4 bytes < 8", BUNDLE_CONTROL + "00000000");
    }

    @Test
    void bundlePropertyPastTheMessageIsBadLen() {
        assertFailure("bundle property type 65535 length 20 (padded 24) does not fit the 16 bytes left",
            BUNDLE_CONTROL + "0000000000000003" + "ffff0014000023200000000100000000");
    }

    @Test
    void experimenterPropertyWithoutExperimenterIsBadLen() {
        assertFailure("bundle property type 65535 length 8 (padded 8) does not fit the 8 bytes left",
            BUNDLE_CONTROL + "0000000000000003" + "ffff000800002320");
    }

    @Test
    void bundleAddWithoutAWholeInnerHeaderIsMsgBadLen() {
        // ovs-ofctl ofp-print: ONFT_BUNDLE_ADD_MESSAGE (OF1.3) (xid=0x1): ***decode error: OFPBFC_MSG_BAD_LEN***
        assertFailure(OnfErrorCodes.OFPBFC_MSG_BAD_LEN, "inner message of no whole header in 4 bytes",
            BUNDLE_ADD + "0000000000000003" + "04140008");
    }

    @Test
    void innerMessageLongerThanTheBundleAddIsMsgBadLen() {
        // ovs-ofctl ofp-print: ONFT_BUNDLE_ADD_MESSAGE (OF1.3) (xid=0x1): ***decode error: OFPBFC_MSG_BAD_LEN***
        assertFailure(OnfErrorCodes.OFPBFC_MSG_BAD_LEN, "inner message of length 16 in 8 bytes",
            BUNDLE_ADD + "0000000000000003" + "0414001000000001");
    }

    @Test
    void bundleAddShorterThanItsFixedPartIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "ONFT_BUNDLE_ADD_MESSAGE body of 4 bytes < 8",
            BUNDLE_ADD + "00000000");
    }

    @Test
    void bytesAfterTheInnerMessageThatAreNoPropertyAreBadLen() {
        assertFailure("ONFT_BUNDLE_ADD_MESSAGE has 2 bytes after its message, neither padding nor properties",
            BUNDLE_ADD + "0000000000000003" + "0414000800000001" + "0000");
    }

    @Test
    void controlTypesNameTheirReplies() {
        assertEquals(OnfBundleControlType.COMMIT_REPLY, OnfBundleControlType.COMMIT_REQUEST.reply());
        assertTrue(OnfBundleControlType.valueOf(7).isReply());
        assertEquals("OFPBCT_DISCARD_REPLY", OnfBundleControlType.DISCARD_REPLY.toString());
        assertEquals("OFPBCT_UNKNOWN(9)", OnfBundleControlType.valueOf(9).toString());
        assertThrows(IllegalStateException.class, OnfBundleControlType.OPEN_REPLY::reply);
        assertThrows(IllegalArgumentException.class, () -> new OnfBundlePropertyUnknown(0xffff, OfBytes.EMPTY));
    }

    private static io.netty.buffer.ByteBuf frame(final String body) {
        final var wire = String.format("0404%04x00000001", 8 + body.length() / 2) + body;
        return ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(wire));
    }

    private static void assertFailure(final String detail, final String body) {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, detail, body);
    }

    private static void assertFailure(final OfErrorKind error, final String detail, final String body) {
        final var in = frame(body);
        try {
            final var failure = assertInstanceOf(OfDecodeFailure.class, new OfMessageDecoder(REGISTRY).decode(in));
            assertEquals(error, failure.error());
            assertTrue(failure.detail().endsWith(detail), failure.detail());
            assertEquals(0, in.readerIndex(), "the frame is left for the error reply");
        } finally {
            in.release();
        }
    }

    private static Arbitrary<OfBytes> bytes(final int maxLength) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxLength).map(OfBytes::copyOf);
    }
}
