/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.io.IOException;

/**
 * The outbound stage: a {@link JsonRpcMessage} out as its JSON text, UTF-8, straight into the pooled buffer.
 * Stateless, so one instance serves every connection.
 */
@Sharable
public final class JsonRpcEncoder extends MessageToByteEncoder<JsonRpcMessage> {
    /** The shared instance. */
    public static final JsonRpcEncoder INSTANCE = new JsonRpcEncoder();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRpcEncoder() {
        super(JsonRpcMessage.class);
    }

    @Override
    protected void encode(final ChannelHandlerContext ctx, final JsonRpcMessage msg, final ByteBuf out)
            throws IOException {
        try (var stream = new ByteBufOutputStream(out)) {
            MAPPER.writeValue((java.io.OutputStream) stream, msg.toJson());
        }
    }
}
