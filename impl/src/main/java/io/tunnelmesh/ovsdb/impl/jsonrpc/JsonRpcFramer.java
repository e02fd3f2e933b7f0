/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Cuts a byte stream into JSON objects, one JSON-RPC message each (RFC 7047 section 4: messages are JSON objects
 * sent back to back, with no other framing). A real incremental parser, Jackson's non-blocking one, reads the bytes as
 * they arrive, so a string holding a brace cannot fool it and an object split at any byte is reassembled; the tokens
 * of the message in progress are kept in a {@link TokenBuffer} and become a tree when the object closes.
 *
 * <p>A message may not exceed the configured maximum size in bytes: as soon as the message in progress grows past it
 * (or a complete one turns out bigger), {@link #feed} fails, so memory stays bounded by the limit plus one read.
 * Malformed JSON and top-level values other than objects fail too. After a failure the framer is unusable: the
 * stream cannot be resynchronised, so the connection must close.
 *
 * <p>Pure and synchronous: bytes in, trees out, which is what the Netty stage and a fuzzer both need.
 */
public final class JsonRpcFramer {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    private final int maxMessageBytes;
    private TokenBuffer message;
    private int depth;
    private long messageStart;
    private long fed;
    private boolean failed;

    /**
     * A framer for one stream.
     *
     * @param maxMessageBytes the largest message allowed, in bytes
     */
    public JsonRpcFramer(final int maxMessageBytes) {
        if (maxMessageBytes < 2) {
            throw new IllegalArgumentException("a message needs at least 2 bytes, not " + maxMessageBytes);
        }
        this.maxMessageBytes = maxMessageBytes;
        try {
            parser = FACTORY.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new IllegalStateException("Jackson cannot create a non-blocking parser", e);
        }
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    }

    /**
     * Feeds bytes and passes on the messages they complete, in order, as each completes: the messages before a
     * failure in the same bytes are passed on before the failure is thrown.
     *
     * @param bytes the buffer; it may be reused once this method returns
     * @param offset where the new bytes start
     * @param length how many there are
     * @param sink receives each completed message
     * @throws JsonRpcFramingException if the stream is not a sequence of JSON objects within the size limit
     */
    public void feed(final byte[] bytes, final int offset, final int length, final Consumer<ObjectNode> sink)
            throws JsonRpcFramingException {
        if (failed) {
            throw new JsonRpcFramingException("the stream failed before");
        }
        try {
            feeder.feedInput(bytes, offset, offset + length);
            fed += length;
            for (var token = parser.nextToken(); token != JsonToken.NOT_AVAILABLE && token != null;
                    token = parser.nextToken()) {
                accept(token, sink);
            }
            if (depth > 0) {
                checkSize(fed - messageStart);
            }
        } catch (JsonProcessingException e) {
            failed = true;
            throw new JsonRpcFramingException("malformed JSON at byte " + parser.currentLocation().getByteOffset()
                + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            failed = true;
            throw new JsonRpcFramingException("unreadable JSON: " + e.getMessage(), e);
        } catch (JsonRpcFramingException e) {
            failed = true;
            throw e;
        }
    }

    private void accept(final JsonToken token, final Consumer<ObjectNode> sink)
            throws IOException, JsonRpcFramingException {
        if (depth == 0) {
            if (token != JsonToken.START_OBJECT) {
                throw new JsonRpcFramingException("a JSON-RPC message must be a JSON object, not " + token
                    + " at byte " + parser.currentLocation().getByteOffset());
            }
            // the non-blocking parser returns a brace as soon as it has consumed it: its location is one byte past
            messageStart = parser.currentLocation().getByteOffset() - 1;
            message = new TokenBuffer(parser);
        }
        message.copyCurrentEvent(parser);
        if (token.isStructStart()) {
            depth++;
        } else if (token.isStructEnd()) {
            depth--;
        }
        if (depth == 0) {
            checkSize(parser.currentLocation().getByteOffset() - messageStart);
            try (var tokens = message.asParser()) {
                sink.accept((ObjectNode) MAPPER.readTree(tokens));
            }
            message = null;
        }
    }

    private void checkSize(final long size) throws JsonRpcFramingException {
        if (size > maxMessageBytes) {
            throw new JsonRpcFramingException("message of " + (depth > 0 ? "at least " : "") + size
                + " bytes exceeds the limit of " + maxMessageBytes);
        }
    }

    /**
     * Whether a message is partly read: bytes of an object that has not closed yet.
     *
     * @return true in the middle of a message
     */
    public boolean inMessage() {
        return depth > 0;
    }
}
