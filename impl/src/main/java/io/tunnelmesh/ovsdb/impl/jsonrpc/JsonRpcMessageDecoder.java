/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second stage: a JSON object in, a {@link JsonRpcMessage} out. An object of none of JSON-RPC's three shapes
 * means the peer does not speak the protocol: the reason is logged and the connection closed, as Open vSwitch does.
 * Stateless, so one instance serves every connection.
 */
@Sharable
public final class JsonRpcMessageDecoder extends MessageToMessageDecoder<ObjectNode> {
    /** The shared instance. */
    public static final JsonRpcMessageDecoder INSTANCE = new JsonRpcMessageDecoder();

    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcMessageDecoder.class);

    private JsonRpcMessageDecoder() {
        super(ObjectNode.class);
    }

    @Override
    protected void decode(final ChannelHandlerContext ctx, final ObjectNode msg, final List<Object> out) {
        try {
            out.add(JsonRpcMessage.of(msg));
        } catch (OvsdbProtocolException e) {
            LOG.warn("OVSDB connection {}: closing: {}", ctx.channel().remoteAddress(), e.getMessage());
            ctx.close();
        }
    }
}
