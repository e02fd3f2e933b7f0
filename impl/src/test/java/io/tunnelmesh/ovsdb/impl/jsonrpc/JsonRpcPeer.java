/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;

/**
 * The far end of an {@link EmbeddedChannel} that carries the JSON-RPC pipeline, scripted by the test: it sends JSON
 * text (single quotes stand for double quotes, to keep the scripts readable) and reads what the pipeline wrote as
 * trees, releasing every buffer.
 */
public final class JsonRpcPeer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EmbeddedChannel channel;

    /**
     * A peer of a channel.
     *
     * @param channel the channel under test
     */
    public JsonRpcPeer(final EmbeddedChannel channel) {
        this.channel = channel;
    }

    /**
     * Parses JSON text written with single quotes.
     *
     * @param json the text
     * @return the tree
     */
    public static JsonNode tree(final String json) {
        try {
            return MAPPER.readTree(json.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Sends JSON text, written with single quotes, to the pipeline.
     *
     * @param json the text
     */
    public void send(final String json) {
        channel.writeInbound(Unpooled.copiedBuffer(json.replace('\'', '"'), StandardCharsets.UTF_8));
    }

    /**
     * The next message the pipeline wrote.
     *
     * @return its tree
     */
    public JsonNode received() {
        final ByteBuf buf = channel.readOutbound();
        if (buf == null) {
            throw new AssertionError("the pipeline wrote nothing");
        }
        try {
            return MAPPER.readTree(buf.toString(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        } finally {
            buf.release();
        }
    }
}
