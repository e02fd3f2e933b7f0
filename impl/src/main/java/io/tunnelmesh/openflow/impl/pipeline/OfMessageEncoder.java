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
 * <p>Stateless and {@link Sharable}: one instance serves every channel that uses the same registry. A message no
 * codec encodes fails its write promise with an {@code EncoderException} whose cause names the message.
 */
@Sharable
public final class OfMessageEncoder extends MessageToByteEncoder<OfMessage> {
    private final OfCodecRegistry registry;

    /**
     * An encoder looking codecs up in a registry.
     *
     * @param registry the registry
     */
    public OfMessageEncoder(final OfCodecRegistry registry) {
        super(OfMessage.class);
        this.registry = registry;
    }

    @Override
    protected void encode(final ChannelHandlerContext ctx, final OfMessage message, final ByteBuf out) {
        encode(message, out);
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
