/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfMultipartExperimenterCodec;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyExtension;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestExtension;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartType;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Experimenter multipart bodies ({@code OFPMP_EXPERIMENTER}, OpenFlow 1.3.5 section 7.3.5.15) registered through the
 * public registry builder, as a third party would: the ONF flow monitor request Open vSwitch sends for
 * {@code ovs-ofctl -O OpenFlow13 monitor} decodes into the registered record and re-encodes byte for byte; the key
 * includes the direction; what nobody registered stays opaque; duplicate and ambiguous registrations are refused.
 */
@ExtendWith(NettyLeakDetection.class)
class MultipartExperimenterCodecTest {
    private static final int ONF = 0x4f4e4600;
    private static final int ONFST_FLOW_MONITOR = 1870;
    /** {@code ovs-ofctl -O OpenFlow13 monitor tcp:... watch:table=0,in_port=1}, as Open vSwitch 3.1 sent it. */
    private static final String MONITOR_REQUEST = "0412003800000002ffff0000000000004f4e46000000074e00000000003f000c"
        + "ffffffff000000000001000c800000040000000100000000";
    /** An empty ONF flow monitor reply, the answer to that request when no flow matches. */
    private static final String MONITOR_REPLY = "04130018" + "00000002" + "ffff0000" + "00000000" + "4f4e4600"
        + "0000074e";

    /**
     * The body of an ONF flow monitor request ({@code onf_flow_monitor_request}), a third party's record.
     * <pre>
     *   | id (32) | flags (16) | match_len (16) | out_port (32) | table_id (8) | pad (24) | ofp_match |
     * </pre>
     */
    record FlowMonitorRequest(int id, int flags, int outPort, int tableId, OfMatch match)
            implements OfMultipartRequestExtension {
    }

    /** An empty ONF flow monitor reply body. */
    record FlowMonitorReply() implements OfMultipartReplyExtension {
    }

    /** A body class that claims to be both a request and a reply. */
    record Ambiguous() implements OfMultipartRequestExtension, OfMultipartReplyExtension {
        @Override
        public OfMultipartType type() {
            return OfMultipartType.EXPERIMENTER;
        }
    }

    static final class FlowMonitorRequestCodec implements OfMultipartExperimenterCodec<FlowMonitorRequest> {
        @Override
        public OfVersion version() {
            return OfVersion.OF13;
        }

        @Override
        public int experimenter() {
            return ONF;
        }

        @Override
        public int expType() {
            return ONFST_FLOW_MONITOR;
        }

        @Override
        public Class<FlowMonitorRequest> bodyClass() {
            return FlowMonitorRequest.class;
        }

        @Override
        public FlowMonitorRequest decode(final ByteBuf body, final OfCodecContext context) {
            final int id = body.readInt();
            final int flags = body.readUnsignedShort();
            body.skipBytes(2);
            final int outPort = body.readInt();
            final int tableId = body.readUnsignedByte();
            body.skipBytes(3);
            return new FlowMonitorRequest(id, flags, outPort, tableId, context.decodeMatch(body));
        }

        @Override
        public void encodeBody(final FlowMonitorRequest body, final ByteBuf out, final OfCodecContext context) {
            out.writeInt(body.id()).writeShort(body.flags());
            final int matchLength = out.writerIndex();
            out.writeShort(0).writeInt(body.outPort()).writeByte(body.tableId()).writeZero(3);
            final int matchStart = out.writerIndex();
            context.encodeMatch(body.match(), out);
            out.setShort(matchLength, out.getUnsignedShort(matchStart + 2));
        }
    }

    static final class FlowMonitorReplyCodec extends ReplyCodec<FlowMonitorReply> {
        FlowMonitorReplyCodec() {
            super(FlowMonitorReply.class, new FlowMonitorReply());
        }
    }

    /** A codec for a body without contents. */
    static class ReplyCodec<T extends OfMultipartBody> implements OfMultipartExperimenterCodec<T> {
        private final Class<T> bodyClass;
        private final T value;

        ReplyCodec(final Class<T> bodyClass, final T value) {
            this.bodyClass = bodyClass;
            this.value = value;
        }

        @Override
        public OfVersion version() {
            return OfVersion.OF13;
        }

        @Override
        public int experimenter() {
            return ONF;
        }

        @Override
        public int expType() {
            return ONFST_FLOW_MONITOR;
        }

        @Override
        public Class<T> bodyClass() {
            return bodyClass;
        }

        @Override
        public T decode(final ByteBuf body, final OfCodecContext context) {
            return value;
        }

        @Override
        public void encodeBody(final T body, final ByteBuf out, final OfCodecContext context) {
            // Nothing after exp_type
        }
    }

    @Test
    void registeredRequestCodecDecodesOvsBytesAndReencodesThem() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder())
            .addMultipartExperimenter(new FlowMonitorRequestCodec()).build();
        final var message = decode(registry, MONITOR_REQUEST);
        assertEquals(OfMultipartRequest.of(2, new FlowMonitorRequest(0, 0x3f, 0xffffffff, 0,
            OfMatch.of(OxmInPort.of(1)))), message);
        assertEquals(MONITOR_REQUEST, encode(registry, message));
    }

    @Test
    void directionIsPartOfTheKey() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder())
            .addMultipartExperimenter(new FlowMonitorReplyCodec()).build();
        final var request = assertInstanceOf(OfMultipartRequest.class, decode(registry, MONITOR_REQUEST));
        assertInstanceOf(OfExperimenterMultipartRequest.class, request.body(), "a reply codec takes no requests");
        final var reply = decode(registry, MONITOR_REPLY);
        assertEquals(OfMultipartReply.last(2, new FlowMonitorReply()), reply);
        assertEquals(MONITOR_REPLY, encode(registry, reply));
    }

    @Test
    void unregisteredExperimenterBodyStaysOpaqueAndReencodesByteForByte() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        final var message = decode(registry, MONITOR_REQUEST);
        assertEquals(OfMultipartRequest.of(2, new OfExperimenterMultipartRequest(ONF, ONFST_FLOW_MONITOR,
            OfBytes.ofHex(MONITOR_REQUEST.substring(48)))), message);
        assertEquals(MONITOR_REQUEST, encode(registry, message));
    }

    @Test
    void extensionBodyWithoutCodecIsNotEncoded() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            final var e = assertThrows(OfCodecException.class, () -> registry.encode(
                OfMultipartReply.last(2, new FlowMonitorReply()), out));
            assertEquals(OfErrorCode.OFPBRC_BAD_MULTIPART, e.error());
        } finally {
            out.release();
        }
    }

    @Test
    void duplicateRegistrationIsRefused() {
        final var builder = OfCodecRegistry.builder().addMultipartExperimenter(new FlowMonitorRequestCodec());
        assertThrows(IllegalArgumentException.class,
            () -> builder.addMultipartExperimenter(new FlowMonitorRequestCodec()));
    }

    @Test
    void bodyClassOfBothDirectionsIsRefused() {
        final var e = assertThrows(IllegalArgumentException.class, () -> OfCodecRegistry.builder()
            .addMultipartExperimenter(new ReplyCodec<>(Ambiguous.class, new Ambiguous())));
        assertEquals("multipart body class " + Ambiguous.class.getName() + " must implement exactly one of "
            + "OfMultipartRequestExtension and OfMultipartReplyExtension", e.getMessage());
    }

    @Test
    void derivedRegistryKeepsMultipartExperimenterCodecs() {
        final var codec = new FlowMonitorRequestCodec();
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder()).addMultipartExperimenter(codec).build();
        assertEquals(List.of(codec), registry.toBuilder().build().multipartExperimenterCodecs());
    }

    private static OfMessage decode(final OfCodecRegistry registry, final String hex) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(hex));
        try {
            return assertInstanceOf(OfMessage.class, new OfMessageDecoder(registry).decode(in));
        } finally {
            in.release();
        }
    }

    private static String encode(final OfCodecRegistry registry, final OfMessage message) {
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            new OfMessageEncoder(registry).encode(message, out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }
}
