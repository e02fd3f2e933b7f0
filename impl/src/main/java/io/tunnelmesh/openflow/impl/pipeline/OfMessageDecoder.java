/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorKind;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Decodes one frame (one whole OpenFlow message, as {@link OfFrameDecoder} cuts them) into a message, by looking up
 * the codec registered for the header's (version, type). A frame that cannot be decoded does not close the
 * connection: the decoder passes up an {@link OfDecodeFailure} naming the error a switch would answer with.
 * <ul>
 *   <li>no codec for the version: {@code OFPBRC_BAD_VERSION}, except for HELLO, which is decoded whatever its
 *       version so that negotiation (OpenFlow 1.3.5 section 6.3.1) can answer it;</li>
 *   <li>no codec for the type: {@code OFPBRC_BAD_TYPE};</li>
 *   <li>shorter than the type allows, truncated structures, bytes left over: {@code OFPBRC_BAD_LEN} or the
 *       structure's own {@code *_BAD_LEN};</li>
 *   <li>a malformed match, action or instruction: the codec's precise error.</li>
 * </ul>
 * Stateless, so one instance may serve every channel that uses the same registry.
 */
@Sharable
public final class OfMessageDecoder extends MessageToMessageDecoder<ByteBuf> {
    private static final int HELLO = 0;
    private static final int ERROR_DATA_LENGTH = 64;

    private final OfCodecRegistry registry;

    /**
     * A decoder looking codecs up in a registry.
     *
     * @param registry the registry
     */
    public OfMessageDecoder(final OfCodecRegistry registry) {
        super(ByteBuf.class);
        this.registry = registry;
    }

    @Override
    protected void decode(final ChannelHandlerContext ctx, final ByteBuf frame, final List<Object> out) {
        out.add(decode(frame));
    }

    /**
     * Decodes a frame; the pure core of this handler.
     *
     * <p>The codec's decode is called from here, not from a helper: the JIT stops inlining 15 calls deep, and a
     * codec's buffer reads are about 10 calls deep inside Netty, so every level of ours on the way to them counts
     * (docs/openflow-library.md, "How the codec stays fast").
     *
     * @param frame exactly one message, header included; its reader index is not moved
     * @return the message, or the failure to report
     */
    public Object decode(final ByteBuf frame) {
        final int start = frame.readerIndex();
        // version, type, length and xid in one read
        final long word = frame.getLong(start);
        final var header = new OfHeader(OfVersion.valueOf((int) (word >>> 56)), (int) (word >>> 48) & 0xff,
            (int) (word >>> 32) & 0xffff, (int) word);
        var codec = registry.decoder(header.version(), header.type());
        if (codec == null || header.length() != frame.readableBytes() || header.length() < codec.minLength()) {
            final var refused = refuse(frame, start, header);
            if (refused != null) {
                return refused;
            }
            // a HELLO of a version without codecs, decoded as OpenFlow 1.3's for the negotiation to answer it
            codec = Objects.requireNonNull(registry.decoder(OfVersion.OF13, HELLO));
        }
        // the frame holds exactly this message: its body is the frame past the header, no slice needed
        frame.readerIndex(start + OfHeader.LENGTH);
        try {
            final Object message = codec.decode(header, frame, registry.context(header.version()));
            return frame.isReadable() ? leftOver(frame, start, header) : message;
        } catch (OfCodecException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return malformed(frame, start, header, e);
        } finally {
            frame.readerIndex(start);
        }
    }

    /**
     * The failure for a frame whose header rules it out, or {@code null} for a HELLO of a version without codecs
     * (OpenFlow 1.3.5 section 6.3.1: negotiation answers any version's HELLO).
     */
    private @Nullable OfDecodeFailure refuse(final ByteBuf frame, final int start, final OfHeader header) {
        if (header.length() != frame.readableBytes()) {
            return failure(frame, start, header, OfErrorCode.OFPBRC_BAD_LEN, "length " + header.length()
                + " in a frame of " + frame.readableBytes() + " bytes");
        }
        var codec = registry.decoder(header.version(), header.type());
        if (codec == null && header.type() == HELLO) {
            codec = registry.decoder(OfVersion.OF13, HELLO);
        }
        if (codec == null) {
            return registry.decoder(header.version(), HELLO) == null
                ? failure(frame, start, header, OfErrorCode.OFPBRC_BAD_VERSION, "version " + header.version()
                    + " is not supported")
                : failure(frame, start, header, OfErrorCode.OFPBRC_BAD_TYPE, "type " + header.type()
                    + " is not known in " + header.version());
        }
        if (header.length() < codec.minLength()) {
            return failure(frame, start, header, OfErrorCode.OFPBRC_BAD_LEN, describe(header) + " length "
                + header.length() + " < " + codec.minLength());
        }
        return null;
    }

    private static OfDecodeFailure leftOver(final ByteBuf body, final int start, final OfHeader header) {
        return failure(body, start, header, OfErrorCode.OFPBRC_BAD_LEN, describe(header) + " has "
            + body.readableBytes() + " bytes after its contents");
    }

    private static OfDecodeFailure malformed(final ByteBuf body, final int start, final OfHeader header,
            final RuntimeException thrown) {
        if (thrown instanceof OfCodecException codecError) {
            return failure(body, start, header, codecError.error(), describe(header) + ": " + thrown.getMessage());
        }
        if (thrown instanceof IndexOutOfBoundsException) {
            return failure(body, start, header, OfErrorCode.OFPBRC_BAD_LEN, describe(header) + " length "
                + header.length() + " is too short for its contents");
        }
        // a record refused a decoded value; codecs check what they can, this is the safety net
        return failure(body, start, header, OfErrorCode.OFPBRC_BAD_LEN,
            describe(header) + ": " + thrown.getMessage());
    }

    private static String describe(final OfHeader header) {
        return header.version() + " type " + header.type();
    }

    private static OfDecodeFailure failure(final ByteBuf frame, final int start, final OfHeader header,
            final OfErrorKind error, final String detail) {
        final int length = Math.min(frame.writerIndex() - start, ERROR_DATA_LENGTH);
        return new OfDecodeFailure(header.version(), header.xid(), error, detail,
            OfWire.readBytes(frame.slice(start, length), length));
    }
}
