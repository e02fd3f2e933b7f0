/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The last stage of a scenario connection's pipeline, after the production codec stages: queues what arrives for
 * the steps ({@link ScenarioInbound}), in order, and nothing else: the scenario answers what its steps say (with
 * one exception, {@code ECHO_REQUEST}s when the scenario asks for it). An exception (a frame too short to frame, which
 * makes the frame decoder close the connection) is kept as the reason of the close.
 */
final class ScenarioInboundHandler extends ChannelInboundHandlerAdapter {
    private final BlockingQueue<ScenarioInbound> inbox;
    private final CompletableFuture<Channel> active;
    private final AtomicBoolean answerEchoes;
    private @Nullable String error;

    ScenarioInboundHandler(final BlockingQueue<ScenarioInbound> inbox, final CompletableFuture<Channel> active,
            final AtomicBoolean answerEchoes) {
        this.inbox = inbox;
        this.active = active;
        this.answerEchoes = answerEchoes;
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) {
        active.complete(ctx.channel());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        switch (msg) {
            case OfEchoRequest echo when answerEchoes.get() -> ctx.writeAndFlush(echo.reply(), ctx.voidPromise());
            case OfMessage message -> inbox.add(new ScenarioInbound.Received(message));
            case OfDecodeFailure failure -> inbox.add(new ScenarioInbound.Undecodable(failure));
            default -> ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
        if (error == null) {
            error = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        }
        ctx.close();
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        final var failure = error;
        inbox.add(new ScenarioInbound.Closed(failure != null ? failure : "closed by the peer"));
        ctx.fireChannelInactive();
    }
}
