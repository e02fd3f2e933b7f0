/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfErrorType;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfSwitchFeatures;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The OpenFlow handshake on a new connection (OpenFlow 1.3.5 section 6.3.1 and 7.3.1), controller side:
 * <pre>
 *   active --HELLO(our highest, bitmap)--&gt;
 *          &lt;--HELLO(theirs)--          negotiate: none --&gt; ERROR HELLO_FAILED/INCOMPATIBLE (text), close
 *          --FEATURES_REQUEST--&gt;        version filter locked to the negotiated version
 *          &lt;--FEATURES_REPLY--         listener told, this stage leaves the pipeline
 * </pre>
 * The whole exchange must finish within the handshake timeout, or the connection is closed: this also bounds a peer
 * that dribbles a frame byte by byte. Messages other than the ones above pass on (an {@code ECHO_REQUEST} during
 * the handshake is still answered by the echo stage).
 */
public final class OfHandshakeHandler extends ChannelInboundHandlerAdapter {
    /**
     * Told about the handshake's progress, on the channel's event loop.
     */
    public interface Listener {
        /**
         * The version is negotiated.
         *
         * @param version the version
         */
        void negotiated(OfVersion version);

        /**
         * The features are known: the connection is ready.
         *
         * @param features the switch's features
         */
        void handshakeDone(OfSwitchFeatures features);
    }

    private final List<OfVersion> supported;
    private final Duration timeout;
    private final IntSupplier xids;
    private final OfVersionFilter filter;
    private final Listener listener;
    private final OfRateLimitedLog log;
    private @Nullable ScheduledFuture<?> timer;
    private @Nullable OfVersion version;
    private int featuresXid;

    /**
     * A handshake handler.
     *
     * @param supported the versions we offer
     * @param timeout how long the handshake may take
     * @param xids where transaction ids come from
     * @param filter the version filter to lock once a version is negotiated
     * @param listener told about progress
     * @param log where failed handshakes are reported
     */
    public OfHandshakeHandler(final List<OfVersion> supported, final Duration timeout, final IntSupplier xids,
            final OfVersionFilter filter, final Listener listener, final OfRateLimitedLog log) {
        this.supported = List.copyOf(supported);
        this.timeout = timeout;
        this.xids = xids;
        this.filter = filter;
        this.listener = listener;
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
        start(ctx);
        ctx.fireChannelActive();
    }

    private void start(final ChannelHandlerContext ctx) {
        if (timer != null) {
            return;
        }
        timer = ctx.executor().schedule(() -> fail(ctx, "handshake not finished within " + timeout.toMillis()
            + " ms"), timeout.toNanos(), TimeUnit.NANOSECONDS);
        ctx.writeAndFlush(OfHello.offering(xids.getAsInt(), supported.toArray(OfVersion[]::new)));
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (msg instanceof OfHello hello && version == null) {
            onHello(ctx, hello);
        } else if (msg instanceof OfSwitchFeatures features && version != null && features.xid() == featuresXid) {
            cancelTimer();
            ctx.pipeline().remove(this);
            listener.handshakeDone(features);
        } else if (msg instanceof OfErrorMessage error && error instanceof OfError standard
                && standard.error().type().equals(OfErrorType.HELLO_FAILED)) {
            fail(ctx, "the peer refused our HELLO: " + standard);
        } else if (msg instanceof Of10Error error && error.error().type().equals(Of10ErrorType.HELLO_FAILED)) {
            fail(ctx, "the peer refused our HELLO: " + error);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void onHello(final ChannelHandlerContext ctx, final OfHello hello) {
        final var negotiated = OfVersionNegotiation.negotiate(supported, hello);
        if (negotiated.isEmpty()) {
            final var text = OfVersionNegotiation.incompatible(supported, hello);
            cancelTimer();
            // close once the error is on the wire, so the peer learns why
            // in the peer's highest version, as Open vSwitch does, so that a 1.0-only peer can read it
            final var ascii = OfBytes.copyOf(text.getBytes(StandardCharsets.US_ASCII));
            ctx.writeAndFlush(OfVersion.OF10.equals(hello.version())
                ? new Of10Error(hello.xid(), Of10ErrorCode.OFPHFC_INCOMPATIBLE, ascii)
                : new OfError(hello.xid(), OfErrorCode.OFPHFC_INCOMPATIBLE, ascii))
                .addListener(written -> fail(ctx, text));
            return;
        }
        final var chosen = negotiated.orElseThrow();
        version = chosen;
        filter.lock(chosen);
        listener.negotiated(chosen);
        featuresXid = xids.getAsInt();
        ctx.writeAndFlush(new OfFeaturesRequest(chosen, featuresXid));
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
