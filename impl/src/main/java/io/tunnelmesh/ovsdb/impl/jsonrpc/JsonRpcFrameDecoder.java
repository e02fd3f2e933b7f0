/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first stage: bytes in, one {@link com.fasterxml.jackson.databind.node.ObjectNode} per JSON-RPC message out,
 * through a {@link JsonRpcFramer}. Every buffer is released as soon as it has been fed. When the framer fails
 * (malformed JSON, a message over the size limit, a value that is not an object), the reason is logged, the rest of the
 * stream is discarded and the connection is closed: unlike a bad message, a bad frame leaves nothing to resume from.
 *
 * <p>Not sharable: it holds the parser state of one connection.
 */
public final class JsonRpcFrameDecoder extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcFrameDecoder.class);

    private final JsonRpcFramer framer;
    private boolean discarding;

    /**
     * A frame decoder for one connection.
     *
     * @param maxMessageBytes the largest message allowed, in bytes
     */
    public JsonRpcFrameDecoder(final int maxMessageBytes) {
        framer = new JsonRpcFramer(maxMessageBytes);
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (!(msg instanceof ByteBuf buf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            if (discarding || !buf.isReadable()) {
                return;
            }
            if (buf.hasArray()) {
                framer.feed(buf.array(), buf.arrayOffset() + buf.readerIndex(), buf.readableBytes(),
                    ctx::fireChannelRead);
            } else {
                framer.feed(ByteBufUtil.getBytes(buf), 0, buf.readableBytes(), ctx::fireChannelRead);
            }
        } catch (JsonRpcFramingException e) {
            discarding = true;
            LOG.warn("OVSDB connection {}: closing: {}", ctx.channel().remoteAddress(), e.getMessage());
            ctx.close();
        } finally {
            buf.release();
        }
    }
}
