/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorType;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.impl.pipeline.OfDisconnectHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import io.tunnelmesh.openflow.impl.pipeline.OfVersionFilter;
import io.tunnelmesh.openflow.impl.pipeline.OfVersionNegotiation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The switch side of the OpenFlow handshake (OpenFlow 1.3.5 section 6.3.1): the switch sends its {@code HELLO} as
 * soon as the connection is up, with the version bitmap of what it offers, and negotiates with the controller's
 * {@code HELLO} by the same rule the controller applies ({@link OfVersionNegotiation}). The controller then asks for
 * the features whenever it likes; the switch stage answers that.
 * <pre>
 *   connected --HELLO(our highest, bitmap)--&gt;
 *             &lt;--HELLO(theirs)--      none in common --&gt; ERROR HELLO_FAILED/INCOMPATIBLE (text), close
 *             version filter locked, session told the version, this stage leaves the pipeline
 *             &lt;--FEATURES_REQUEST--  (the switch stage answers)
 * </pre>
 * A controller that sends no {@code HELLO} within the timeout, or refuses ours with {@code HELLO_FAILED}, is
 * disconnected ({@link Cause#HANDSHAKE_FAILED}). Other messages before the {@code HELLO} pass on (an
 * {@code ECHO_REQUEST} is answered by the echo stage; the switch stage ignores the rest until a version is known).
 */
final class SwitchHelloHandler extends ChannelInboundHandlerAdapter {
    private final List<OfVersion> versions;
    private final Duration timeout;
    private final IntSupplier xids;
    private final OfVersionFilter filter;
    private final Consumer<OfVersion> negotiated;
    private final OfRateLimitedLog log;
    private @Nullable ScheduledFuture<?> timer;
    private boolean done;

    /**
     * A handshake stage.
     *
     * @param versions the versions offered
     * @param timeout how long to wait for the controller's HELLO
     * @param xids where transaction ids come from
     * @param filter the version filter to lock
     * @param negotiated told the version
     * @param log where failed handshakes are reported
     */
    SwitchHelloHandler(final List<OfVersion> versions, final Duration timeout, final IntSupplier xids,
            final OfVersionFilter filter, final Consumer<OfVersion> negotiated, final OfRateLimitedLog log) {
        this.versions = List.copyOf(versions);
        this.timeout = timeout;
        this.xids = xids;
        this.filter = filter;
        this.negotiated = negotiated;
        this.log = log;
    }

    @Override
    public void handlerAdded(final ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            start(ctx);
        }
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) {
        // the switch stage counts the connection first, so that whoever reads our HELLO sees the switch connected
        ctx.fireChannelActive();
        start(ctx);
    }

    private void start(final ChannelHandlerContext ctx) {
        if (timer != null) {
            return;
        }
        timer = ctx.executor().schedule(() -> fail(ctx, "no HELLO from the controller within " + timeout.toMillis()
            + " ms"), timeout.toNanos(), TimeUnit.NANOSECONDS);
        ctx.writeAndFlush(OfHello.offering(xids.getAsInt(), versions.toArray(OfVersion[]::new)));
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (done) {
            ctx.fireChannelRead(msg);
        } else if (msg instanceof OfHello hello) {
            onHello(ctx, hello);
        } else if (msg instanceof OfError error && error.error().type().equals(OfErrorType.HELLO_FAILED)) {
            fail(ctx, "the controller refused our HELLO: " + error);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void onHello(final ChannelHandlerContext ctx, final OfHello hello) {
        cancelTimer();
        done = true;
        final var chosen = OfVersionNegotiation.negotiate(versions, hello);
        if (chosen.isEmpty()) {
            final var text = OfVersionNegotiation.incompatible(versions, hello);
            // close once the error is on the wire, so that the controller learns why
            ctx.writeAndFlush(new OfError(hello.xid(), OfErrorCode.OFPHFC_INCOMPATIBLE,
                OfBytes.copyOf(text.getBytes(StandardCharsets.US_ASCII)))).addListener(written -> fail(ctx, text));
            return;
        }
        final var version = chosen.orElseThrow();
        filter.lock(version);
        negotiated.accept(version);
        ctx.pipeline().remove(this);
    }

    private void fail(final ChannelHandlerContext ctx, final String detail) {
        cancelTimer();
        log.warn(ctx.channel().remoteAddress() + ": handshake failed: " + detail);
        OfDisconnectHandler.close(ctx.channel(), Cause.HANDSHAKE_FAILED, detail);
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        cancelTimer();
        ctx.fireChannelInactive();
    }

    private void cancelTimer() {
        final var pending = timer;
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
