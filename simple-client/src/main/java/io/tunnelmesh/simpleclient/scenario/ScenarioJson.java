/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.simpleclient.codec.OfJsonWriter;

/**
 * Turns messages into {@link ScenarioMessage}s: their JSON as the codec tools print it
 * ({@link OfJsonWriter}, the one JSON form of a message), read back as a tree for predicates. Raw bytes a scenario
 * sends are decoded with the pipeline's own decoder ({@link OfMessageDecoder#decode}), so that a later step can
 * refer to them as to any message.
 */
final class ScenarioJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OfJsonWriter writer;
    private final OfMessageDecoder decoder;

    ScenarioJson(final OfCodecRegistry registry) {
        writer = new OfJsonWriter(registry);
        decoder = new OfMessageDecoder(registry);
    }

    ScenarioMessage of(final OfMessage message) {
        final var text = writer.toJson(message);
        return new ScenarioMessage(Integer.toUnsignedLong(message.xid()), message, read(text), text);
    }

    ScenarioMessage ofBytes(final OfBytes bytes) {
        long xid = 0;
        if (bytes.length() >= OfHeader.LENGTH) {
            final var frame = Unpooled.wrappedBuffer(bytes.toByteArray());
            try {
                if (decoder.decode(frame) instanceof OfMessage message) {
                    return of(message);
                }
            } finally {
                frame.release();
            }
            xid = (long) bytes.get(4) << 24 | bytes.get(5) << 16 | bytes.get(6) << 8 | bytes.get(7);
        }
        final var json = MAPPER.createObjectNode().put("xid", xid).put("raw", bytes.toHex());
        return new ScenarioMessage(xid, null, json, json.toString());
    }

    /**
     * Reads JSON text.
     *
     * @param text the text
     * @return the tree
     * @throws IllegalArgumentException if it is not JSON
     */
    static JsonNode read(final String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
