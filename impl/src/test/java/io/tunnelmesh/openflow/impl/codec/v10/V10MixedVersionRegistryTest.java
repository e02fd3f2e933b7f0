/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfRoleRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueGetConfigRequest;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One registry holding the OpenFlow 1.0 and 1.3 codecs picks the codec by the header's version: the same type byte
 * means different messages in the two versions (20 is QUEUE_GET_CONFIG_REQUEST in 1.0 and BARRIER_REQUEST in 1.3;
 * 18 is BARRIER_REQUEST in 1.0 and MULTIPART_REQUEST in 1.3), and the same message kind has different shapes
 * (FLOW_MOD, 14 in both).
 */
@ExtendWith(NettyLeakDetection.class)
class V10MixedVersionRegistryTest {
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(V10GoldenVectorTest.REGISTRY);
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(V10GoldenVectorTest.REGISTRY);

    @Test
    void typeTwentyIsQueueConfigIn10AndBarrierIn13() {
        assertEquals(new Of10QueueGetConfigRequest(7, 1), decode("0114000c0000000700010000"));
        assertEquals(new OfBarrierRequest(OfVersion.OF13, 7), decode("0414000800000007"));
    }

    @Test
    void barrierIsEighteenAndNineteenIn10() {
        assertEquals(new OfBarrierRequest(OfVersion.OF10, 3), decode("0112000800000003"));
        assertEquals(new OfBarrierReply(OfVersion.OF10, 3), decode("0113000800000003"));
        assertEquals("0113000800000003", encode(new OfBarrierReply(OfVersion.OF10, 3)));
        assertEquals("0415000800000003", encode(new OfBarrierReply(OfVersion.OF13, 3)));
    }

    @Test
    void flowModOfEachVersionDecodesToItsOwnShape() {
        assertInstanceOf(Of10FlowMod.class, decode("010e0048000000020038" + "20ff" + "0".repeat(72)
            + "0000000000000000" + "0003" + "000000008000ffffffffffff0000"));
        assertInstanceOf(OfFlowMod.class, decode("040e003800000002" + "0".repeat(32) + "ff03000000008000"
            + "ffffffffffffffffffffffff00000000" + "0001000400000000"));
    }

    @Test
    void roleRequestExistsOnlyIn13() {
        assertInstanceOf(OfRoleRequest.class, decode("041800180000000900000002000000000000000000000000"));
        // type 24 is not an OpenFlow 1.0 message: the 1.0 side of the registry refuses it as a bad type
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(
            "011800180000000900000002000000000000000000000000"));
        try {
            final var failure = assertInstanceOf(io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure.class,
                DECODER.decode(in));
            assertEquals("OFPET_BAD_REQUEST/OFPBRC_BAD_TYPE", failure.error().toString());
        } finally {
            in.release();
        }
    }

    private static Object decode(final String hex) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(hex));
        try {
            return DECODER.decode(in);
        } finally {
            in.release();
        }
    }

    private static String encode(final io.tunnelmesh.openflow.api.message.OfMessage message) {
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            ENCODER.encode(message, out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }
}
