/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.ScheduledFuture;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Keeps the connection alive and checks the peer is (OpenFlow 1.3.5 section 6.3.2, "Connection Interruption", and
 * section 7.5.2, echo request and reply):
 * <ul>
 *   <li>an {@code ECHO_REQUEST} from the peer is answered at once with an {@code ECHO_REPLY} carrying its version,
 *       xid and data, and goes no further;</li>
 *   <li>when the stock {@link IdleStateHandler} before this stage reports that no message was read for the idle time,
 *       this stage sends an {@code ECHO_REQUEST}; if its reply does not arrive within the echo timeout, the
 *       connection is closed with {@link Cause#IDLE}. The idle event itself goes on, so the adapter can tell its
 *       listener.</li>
 *   <li>any other message from the peer while the reply is awaited proves it alive just as well, and ends the wait,
 *       as Open vSwitch's {@code rconn} leaves its idle state on any message received: a peer busy reading a large
 *       change of ours in order sends on (barrier replies, errors) long before it reaches our echo request, and its
 *       reply then waits behind the rest of our change. A reply that arrives after the wait ended is still taken
 *       here and goes no further.</li>
 *   <li>unless the peer went on consuming what we write: a switch busy applying a large change (a bundle of
 *       thousands of flows) reads its socket in order, so our echo waits behind the flow-mods queued before it. If the
 *       connection's outbound buffer made progress during the echo timeout (the socket took some of our bytes, which
 *       it can only do while the peer reads), the peer is alive: the wait for the reply starts again. A peer that
 *       stops reading stops that progress and is closed one echo timeout later.</li>
 * </ul>
 * The idle handler sits after the message decoder, so only whole messages count as activity: a peer dribbling the
 * bytes of a frame that never completes goes idle, its echo reply is stuck behind the partial frame, and the
 * connection ends after idle time plus echo timeout.
 * <pre>
 *   read ... idle time ... READER_IDLE --&gt; ECHO_REQUEST(xid) ... echo timeout ... close(IDLE)
 *                                               \--- ECHO_REPLY(xid) or any message ---&gt; timer cancelled
 * </pre>
 * Not sharable: it holds one connection's pending echo.
 */
public final class OfEchoHandler extends ChannelInboundHandlerAdapter {
    /** After the echo timeout, the wait for one more pass of the event loop's reads. */
    static final long LAST_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private final long echoTimeoutNanos;
    private final IntSupplier xids;
    private OfVersion version = OfVersion.OF13;
    private @Nullable ScheduledFuture<?> pendingTimeout;
    /** The xid of our last echo request, whose reply is taken here whenever it comes. */
    private int pendingXid;
    private boolean probed;

    /**
     * An echo handler.
     *
     * @param echoTimeout how long an echo request may stay unanswered
     * @param xids where transaction ids come from
     */
    public OfEchoHandler(final Duration echoTimeout, final IntSupplier xids) {
        this.echoTimeoutNanos = echoTimeout.toNanos();
        this.xids = xids;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (msg instanceof OfMessage message) {
            version = message.version();
        }
        if (msg instanceof OfEchoRequest request) {
            ctx.writeAndFlush(request.reply());
            return;
        }
        // any message ends the wait: the peer is alive
        cancelPending();
        if (msg instanceof OfEchoReply reply && probed && reply.xid() == pendingXid) {
            probed = false;
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext ctx, final Object evt) {
        if (evt instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE && pendingTimeout == null) {
            pendingXid = xids.getAsInt();
            probed = true;
            ctx.writeAndFlush(new OfEchoRequest(version, pendingXid, OfBytes.EMPTY));
            awaitReply(ctx, OutputMark.of(ctx.channel()));
        }
        ctx.fireUserEventTriggered(evt);
    }

    private void awaitReply(final ChannelHandlerContext ctx, final @Nullable OutputMark before) {
        final int xid = pendingXid;
        pendingTimeout = ctx.executor().schedule(() -> {
            final var now = OutputMark.of(ctx.channel());
            if (before != null && now != null && now.progressedSince(before)) {
                awaitReply(ctx, now);
            } else {
                lastLook(ctx, xid);
            }
        }, echoTimeoutNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The timeout ran, but this end may be the late one: an event loop busy for seconds in one pass (a switch
     * emulator's loop applying other switches' bundles as it reads them) runs its due timers only after that pass,
     * while what the peer sent meanwhile still sits unread in the socket. So the connection gets one more pass of the
     * loop's reads ({@link #LAST_LOOK_NANOS} later, which the loop spends selecting and reading first) before it is
     * given up: whatever that pass reads from the peer cancels the close.
     */
    private void lastLook(final ChannelHandlerContext ctx, final int xid) {
        pendingTimeout = ctx.executor().schedule(() -> {
            pendingTimeout = null;
            OfDisconnectHandler.close(ctx.channel(), Cause.IDLE, "no ECHO_REPLY to xid "
                + Integer.toUnsignedString(xid) + " within " + TimeUnit.NANOSECONDS.toMillis(echoTimeoutNanos)
                + " ms, and the peer sent nothing and read nothing of ours meanwhile");
        }, LAST_LOOK_NANOS, TimeUnit.NANOSECONDS);
    }

    /**
     * Where the channel's outbound buffer stands: the message being written and how much of it is written. The socket
     * took bytes between two marks if the message being written changed (one was written whole) or more of it was
     * written; new writes queue behind it and change neither.
     */
    private record OutputMark(@Nullable Object current, long progress) {
        static @Nullable OutputMark of(final Channel channel) {
            final ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
            return buffer == null ? null : new OutputMark(buffer.current(), buffer.currentProgress());
        }

        boolean progressedSince(final OutputMark before) {
            // something was waiting, and it is not the same message at the same point now
            return before.current != null && (current != before.current || progress != before.progress);
        }
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        cancelPending();
        ctx.fireChannelInactive();
    }

    private void cancelPending() {
        final var timeout = pendingTimeout;
        if (timeout != null) {
            timeout.cancel(false);
            pendingTimeout = null;
        }
    }
}
