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
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;

/**
 * Encodes messages into the channel's pooled output buffer: the header with a zero length, the body through the
 * codec registered for the message's (version, class), then the length back-patched (OpenFlow 1.3.5 section 7.1.1).
 * A message made only of built-in parts is written into a per-thread scratch array and copied into the buffer once
 * (see {@link OfCodecRegistry#encode}); any other goes straight into the buffer.
 *
 * <p>An {@link OfMessageBatch} is encoded message after message into one buffer sized for all of them, and written as
 * one; if one of its messages cannot be encoded, the buffer is dropped and none of them is written.
 *
 * <p>Stateless and {@link Sharable}: one instance serves every channel that uses the same registry. A message no
 * codec encodes fails its write promise with an {@code EncoderException} whose cause names the message.
 */
@Sharable
public final class OfMessageEncoder extends MessageToByteEncoder<Object> {
    /** Bytes reserved per message of a batch: a bundled tunnel flow-mod is about 150. */
    private static final int BATCH_BYTES_PER_MESSAGE = 160;
    /** Bytes reserved for one message, as Netty's encoder does. */
    private static final int DEFAULT_BYTES = 256;

    private final OfCodecRegistry registry;

    /**
     * An encoder looking codecs up in a registry.
     *
     * @param registry the registry
     */
    public OfMessageEncoder(final OfCodecRegistry registry) {
        super(Object.class);
        this.registry = registry;
    }

    @Override
    public boolean acceptOutboundMessage(final Object msg) {
        return msg instanceof OfMessage || msg instanceof OfMessageBatch;
    }

    @Override
    protected ByteBuf allocateBuffer(final ChannelHandlerContext ctx, final Object msg, final boolean preferDirect) {
        final int size = msg instanceof OfMessageBatch batch ? batch.messages().size() * BATCH_BYTES_PER_MESSAGE
            : DEFAULT_BYTES;
        return preferDirect ? ctx.alloc().ioBuffer(size) : ctx.alloc().heapBuffer(size);
    }

    @Override
    protected void encode(final ChannelHandlerContext ctx, final Object msg, final ByteBuf out) {
        if (msg instanceof OfMessageBatch batch) {
            encode(batch, out);
        } else {
            encode((OfMessage) msg, out);
        }
    }

    /**
     * Encodes a batch, in order, into one buffer.
     *
     * @param batch the messages
     * @param out where to write them
     * @throws EncoderException naming the first message that cannot be encoded (its position, type and xid); what
     *     was written before it is left in {@code out} for the caller to drop (the channel's encoder releases it)
     */
    public void encode(final OfMessageBatch batch, final ByteBuf out) {
        final var messages = batch.messages();
        final int count = messages.size();
        for (int i = 0; i < count; i++) {
            final var message = messages.get(i);
            try {
                registry.encode(message, out);
            } catch (OfCodecException e) {
                throw new EncoderException("message " + (i + 1) + " of " + count + " in a batch, "
                    + message.getClass().getSimpleName() + " xid " + Integer.toUnsignedString(message.xid())
                    + ", cannot be encoded: none of the batch is written", e);
            }
        }
    }

    /**
     * Appends one encoded message; the pure core of this handler.
     *
     * @param message the message
     * @param out the buffer to append to
     * @throws OfCodecException if no codec encodes the message, or it is longer than 65535 bytes
     */
    public void encode(final OfMessage message, final ByteBuf out) {
        registry.encode(message, out);
    }
}
