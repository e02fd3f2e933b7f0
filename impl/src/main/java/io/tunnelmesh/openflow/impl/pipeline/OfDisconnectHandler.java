/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.util.AttributeKey;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The last inbound stage: turns the ways a channel ends (the peer closes, a stage closes it for a protocol reason, an
 * exception) into exactly one disconnect notification, which it delegates to its callback (the connection adapter).
 * <pre>
 *   stage calls close(channel, IDLE, "...")  --+
 *   exceptionCaught (framing error, I/O)    --+--&gt; first reason kept --&gt; channelInactive --&gt; callback, once
 *   peer closes                              --+    (default PEER_CLOSED)
 * </pre>
 * Exceptions are logged at a bounded rate, one line each, never with a stack trace: they come from the peer's bytes.
 */
public final class OfDisconnectHandler extends ChannelInboundHandlerAdapter {
    private static final AttributeKey<OfDisconnectReason> REASON =
        AttributeKey.valueOf(OfDisconnectHandler.class, "reason");

    private final Consumer<OfDisconnectReason> callback;
    private final OfRateLimitedLog log;
    private boolean notified;

    /**
     * A handler delegating to a callback.
     *
     * @param callback told once, on the channel's event loop, why the channel ended
     * @param log where exceptions are reported
     */
    public OfDisconnectHandler(final Consumer<OfDisconnectReason> callback, final OfRateLimitedLog log) {
        this.callback = callback;
        this.log = log;
    }

    /**
     * Closes a channel for a reason; the first reason given for a channel is the one reported.
     *
     * @param channel the channel
     * @param cause the kind of reason
     * @param detail what happened
     * @return the close future
     */
    public static ChannelFuture close(final Channel channel, final Cause cause, final String detail) {
        recordReason(channel, cause, detail);
        return channel.close();
    }

    /**
     * Records why a channel is about to be closed by someone else (a channel group closing them all); the first
     * reason given for a channel is the one reported.
     *
     * @param channel the channel
     * @param cause the kind of reason
     * @param detail what happened
     */
    public static void recordReason(final Channel channel, final Cause cause, final String detail) {
        channel.attr(REASON).setIfAbsent(new OfDisconnectReason(cause, detail));
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
        final var reason = reasonFor(cause);
        log.warn(ctx.channel().remoteAddress() + ": closing: " + reason);
        close(ctx.channel(), reason.cause(), reason.detail());
    }

    private static OfDisconnectReason reasonFor(final Throwable thrown) {
        final var cause = thrown instanceof DecoderException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof OfCodecException) {
            return new OfDisconnectReason(Cause.PROTOCOL_ERROR, String.valueOf(cause.getMessage()));
        }
        if (cause instanceof IOException) {
            return new OfDisconnectReason(Cause.EXCEPTION, "I/O error: " + cause.getMessage());
        }
        return new OfDisconnectReason(Cause.EXCEPTION, cause.toString());
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        if (!notified) {
            notified = true;
            final var recorded = ctx.channel().attr(REASON).get();
            callback.accept(recorded != null ? recorded
                : new OfDisconnectReason(Cause.PEER_CLOSED, "connection closed by the peer"));
        }
        ctx.fireChannelInactive();
    }
}
