/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfConnectionClosedException;
import io.tunnelmesh.openflow.api.connection.OfCounterSnapshot;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import io.tunnelmesh.openflow.api.connection.OfMessageListener;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartPart;
import io.tunnelmesh.openflow.api.message.OfSwitchFeatures;
import io.tunnelmesh.openflow.impl.pipeline.OfDisconnectHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfFrameMeter;
import io.tunnelmesh.openflow.impl.pipeline.OfHandshakeHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfOutboundQueue;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The connection adapter: the {@link OfConnection} callers use, and the pipeline stage that hands inbound messages to
 * pending requests or to the message listener.
 * <pre>
 *   send(m) ----------------------------------&gt; of-outbound-queue --&gt; ... --&gt; socket
 *   request(m) --&gt; OfRequestTracker (xid) ----&gt; of-outbound-queue
 *   socket --&gt; ... --&gt; of-connection-adapter --&gt; tracker: reply, OFPT_ERROR or multipart part of a pending xid
 *                                           \--&gt; otherwise the message listener (PACKET_IN, PORT_STATUS, ...)
 * </pre>
 * Transaction ids come from an atomic counter starting at 1 ({@link #nextXid()}).
 */
public final class OfConnectionAdapter extends ChannelInboundHandlerAdapter
        implements OfConnection, OfHandshakeHandler.Listener {
    private static final OfMessageListener NO_MESSAGE_LISTENER = (connection, message) -> { };
    private static final OfSystemListener NO_SYSTEM_LISTENER = new OfSystemListener() { };

    private final Channel channel;
    private final InetSocketAddress remote;
    private final OfTrafficCounters counters;
    private final OfOutboundQueue queue;
    private final OfFrameMeter meter;
    private final OfRequestTracker tracker;
    private final AtomicInteger xids = new AtomicInteger();
    private volatile OfMessageListener messageListener = NO_MESSAGE_LISTENER;
    private volatile OfSystemListener systemListener = NO_SYSTEM_LISTENER;
    private volatile @Nullable OfVersion version;
    private volatile @Nullable OfSwitchFeatures features;

    /**
     * An adapter for one channel.
     *
     * @param channel the channel, registered with its event loop
     * @param remote the peer's address
     * @param counters the connection's counters
     * @param queue the channel's outbound queue
     * @param meter the channel's frame meter, for multipart sizes
     * @param requestTimeout how long a request waits for its reply
     * @param maxParts the most parts of one multipart reply
     * @param maxBytes the most bytes of one multipart reply
     */
    public OfConnectionAdapter(final Channel channel, final InetSocketAddress remote, final OfTrafficCounters counters,
            final OfOutboundQueue queue, final OfFrameMeter meter, final Duration requestTimeout, final int maxParts,
            final int maxBytes) {
        this.channel = channel;
        this.remote = remote;
        this.counters = counters;
        this.queue = queue;
        this.meter = meter;
        this.tracker = new OfRequestTracker(channel.eventLoop(), requestTimeout, maxParts, maxBytes);
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public @Nullable OfVersion version() {
        return version;
    }

    @Override
    public @Nullable OfSwitchFeatures features() {
        return features;
    }

    @Override
    public boolean isConnected() {
        return channel.isActive();
    }

    @Override
    public int nextXid() {
        return xids.incrementAndGet();
    }

    @Override
    public int nextXids(final int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one xid, not " + count);
        }
        return xids.getAndAdd(count) + 1;
    }

    @Override
    public CompletableFuture<Void> send(final OfMessage message) {
        if (!isFlowMod(message)) {
            return queue.enqueue(message);
        }
        counters.flowModIn();
        final var written = queue.enqueue(message);
        written.thenRun(counters::flowModSent);
        return written;
    }

    @Override
    public CompletableFuture<Void> sendAll(final List<? extends OfMessage> messages) {
        int flowMods = 0;
        for (var message : messages) {
            if (isFlowMod(message)) {
                flowMods++;
            }
        }
        if (flowMods == 0) {
            return queue.enqueueAll(messages);
        }
        final long counted = flowMods;
        counters.flowModIn(counted);
        final var written = queue.enqueueAll(messages);
        written.thenRun(() -> counters.flowModSent(counted));
        return written;
    }

    /** A {@code FLOW_MOD}, bare or added to a bundle (which the switch applies as one at commit). */
    private static boolean isFlowMod(final OfMessage message) {
        return message instanceof OfFlowMod
            || message instanceof OnfBundleAdd add && add.message() instanceof OfFlowMod;
    }

    @Override
    public CompletableFuture<OfMessage> request(final OfMessage request) {
        final var reply = tracker.expectReply(request);
        sendRequest(request, reply);
        return reply;
    }

    @Override
    public CompletableFuture<OfMessage> request(final OfMessage request, final Duration timeout) {
        final var reply = tracker.expectReply(request, timeout);
        sendRequest(request, reply);
        return reply;
    }

    @Override
    public CompletableFuture<OfBarrierReply> barrier() {
        final var current = version;
        final var request = new OfBarrierRequest(current != null ? current : OfVersion.OF13, nextXid());
        return request(request).thenApply(reply -> {
            if (reply instanceof OfBarrierReply barrierReply) {
                return barrierReply;
            }
            throw new IllegalStateException("xid " + request.xid() + " answered by " + reply);
        });
    }

    @Override
    public <T extends OfMessage & OfMultipartPart> CompletableFuture<List<T>> multipartRequest(
            final OfMessage request, final Class<T> partType) {
        final var parts = tracker.expectParts(request, partType);
        sendRequest(request, parts);
        return parts;
    }

    @Override
    public <T extends OfMessage & OfMultipartPart> CompletableFuture<List<T>> multipartRequest(
            final OfMessage request, final Class<T> partType, final Duration timeout) {
        final var parts = tracker.expectParts(request, partType, timeout);
        sendRequest(request, parts);
        return parts;
    }

    private void sendRequest(final OfMessage request, final CompletableFuture<?> answer) {
        if (answer.isDone()) {
            return;
        }
        send(request).whenComplete((written, cause) -> {
            if (cause != null) {
                tracker.fail(request.xid(), cause);
            }
        });
    }

    @Override
    public void setMessageListener(final OfMessageListener listener) {
        messageListener = listener;
    }

    @Override
    public void setSystemListener(final OfSystemListener listener) {
        systemListener = listener;
    }

    @Override
    public OfCounterSnapshot counters() {
        return counters.snapshot();
    }

    @Override
    public CompletableFuture<Void> close() {
        final var closed = new CompletableFuture<Void>();
        OfDisconnectHandler.close(channel, Cause.LOCAL_CLOSE, "closed by the controller")
            .addListener(done -> closed.complete(null));
        return closed;
    }

    @Override
    public void negotiated(final OfVersion negotiated) {
        version = negotiated;
    }

    @Override
    public void handshakeDone(final OfSwitchFeatures reply) {
        features = reply;
        systemListener.onHandshakeDone(this);
    }

    /**
     * Called once by the disconnect stage: fails what waits and tells the listener.
     *
     * @param reason why the channel ended
     */
    public void disconnected(final OfDisconnectReason reason) {
        tracker.failAll(new OfConnectionClosedException("connection closed: " + reason));
        systemListener.onDisconnected(this, reason);
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (!(msg instanceof OfMessage message)) {
            ctx.fireChannelRead(msg);
            return;
        }
        counters.passedUp();
        if (!tracker.onMessage(message, meter.lastFrameLength())) {
            messageListener.onMessage(this, message);
        }
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext ctx, final Object evt) {
        if (evt instanceof IdleStateEvent) {
            systemListener.onIdle(this);
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public String toString() {
        final var known = features;
        return "OfConnection[" + remote + (known != null ? ", dpid " + Long.toHexString(known.datapathId()) : "")
            + "]";
    }
}
