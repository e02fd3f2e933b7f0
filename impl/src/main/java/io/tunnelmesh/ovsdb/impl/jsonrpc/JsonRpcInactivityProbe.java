/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first stage when keepalive is on: Open vSwitch's inactivity probe ({@code ovsdb-server(1)},
 * {@code inactivity_probe} of the {@code Manager} table). When nothing has been received for one interval, an
 * {@code echo} request (RFC 7047 section 4.1.11) goes out; when still nothing has arrived after a second interval,
 * the peer is taken for dead and the connection is closed, after one more pass of the event loop's reads (see
 * {@link #channelIdle}). Any received byte, the echo's reply included, restarts the count.
 */
public final class JsonRpcInactivityProbe extends IdleStateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcInactivityProbe.class);

    /** After the second interval, the wait for one more pass of the event loop's reads. */
    static final long LAST_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final JsonRpcEndpoint endpoint;
    private final Duration interval;
    /** Reads seen, for the last look (confined to the channel's event loop). */
    private long reads;

    /**
     * A probe.
     *
     * @param interval the idle time before an echo, and again before giving up
     * @param endpoint sends the echo
     */
    public JsonRpcInactivityProbe(final Duration interval, final JsonRpcEndpoint endpoint) {
        super(interval.toNanos(), 0, 0, TimeUnit.NANOSECONDS);
        this.endpoint = endpoint;
        this.interval = interval;
    }

    @Override
    protected void channelIdle(final ChannelHandlerContext ctx, final IdleStateEvent evt) {
        if (evt.state() != IdleState.READER_IDLE) {
            return;
        }
        if (evt.isFirst()) {
            LOG.debug("OVSDB connection {}: idle for {}, sending an echo", ctx.channel().remoteAddress(), interval);
            endpoint.call("echo", JsonNodeFactory.instance.arrayNode().add("tunnelmesh-probe"), false);
        } else {
            // this end may be the late one: a loop busy for seconds in one pass runs its due timers before it reads
            // what the peer sent meanwhile, still in the socket. One more pass of its reads first; any byte they
            // bring keeps the connection
            final long seen = reads;
            ctx.executor().schedule(() -> {
                if (reads == seen && ctx.channel().isActive()) {
                    LOG.warn("OVSDB connection {}: no answer to the inactivity probe within {}, disconnecting",
                        ctx.channel().remoteAddress(), interval);
                    ctx.close();
                }
            }, LAST_LOOK_NANOS, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) throws Exception {
        reads++;
        super.channelRead(ctx, msg);
    }
}
