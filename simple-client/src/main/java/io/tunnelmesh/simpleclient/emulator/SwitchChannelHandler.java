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
import io.netty.util.ReferenceCountUtil;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.impl.pipeline.OfDisconnectHandler;

/**
 * The switch itself, last but one in the pipeline: hands each controller message to the {@link SwitchAgent}, writes
 * the replies back (flushed once per read burst, when the socket has been drained) and has the switch send the
 * events to every connection that wants them. Sending the {@code FEATURES_REPLY} finishes the handshake.
 *
 * <p>Over UDP, a {@code HELLO} after the handshake means the controller lost the connection and started a new one
 * for the switch's address (a datagram carries no end of connection): the switch closes this one and dials again,
 * from a new socket, so that both ends start over.
 *
 * <p>Back-pressure: when this connection's outbound buffer goes above its high water mark (the controller does not
 * read what the switch answers), the switch stops reading from it until the buffer drains, as a switch with a full
 * transmit queue stops taking requests; memory stays bounded whatever the controller sends.
 */
final class SwitchChannelHandler extends ChannelInboundHandlerAdapter {
    private final EmulatedSwitch owner;
    private final SwitchConnection connection;

    SwitchChannelHandler(final EmulatedSwitch owner, final SwitchConnection connection) {
        this.owner = owner;
        this.connection = connection;
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) {
        owner.connected(connection);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (!(msg instanceof OfMessage message)) {
            // nothing else comes out of the decoder; never hold a buffer that strays here
            ReferenceCountUtil.release(msg);
            return;
        }
        if (message instanceof OfHello && connection.isHandshaken() && owner.isDatagram()) {
            OfDisconnectHandler.close(ctx.channel(), Cause.PEER_CLOSED, "the controller sent HELLO again: it started "
                + "a new UDP connection");
            return;
        }
        final var answer = owner.agent().handle(message, connection.session());
        for (OfMessage reply : answer.replies()) {
            ctx.write(reply, ctx.voidPromise());
            if (reply instanceof OfFeaturesReply || reply instanceof Of10FeaturesReply) {
                owner.handshaken(connection);
            }
        }
        if (!answer.events().isEmpty()) {
            owner.broadcast(answer.events());
        }
        owner.flowsChanged();
    }

    @Override
    public void channelReadComplete(final ChannelHandlerContext ctx) {
        ctx.flush();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelWritabilityChanged(final ChannelHandlerContext ctx) {
        owner.writabilityChanged(connection);
        ctx.fireChannelWritabilityChanged();
    }
}
