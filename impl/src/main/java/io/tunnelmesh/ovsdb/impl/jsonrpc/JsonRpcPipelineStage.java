/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import io.netty.channel.ChannelPipeline;
import java.time.Duration;

/**
 * The named stages of an OVSDB connection's pipeline, in order.
 */
public enum JsonRpcPipelineStage {
    /** Keepalive, when configured: {@link JsonRpcInactivityProbe}. */
    INACTIVITY_PROBE("ovsdb-inactivity-probe"),
    /** Bytes to JSON objects: {@link JsonRpcFrameDecoder}. */
    FRAME_DECODER("ovsdb-frame-decoder"),
    /** JSON objects to messages: {@link JsonRpcMessageDecoder}. */
    MESSAGE_DECODER("ovsdb-message-decoder"),
    /** Messages to bytes: {@link JsonRpcEncoder}. */
    ENCODER("ovsdb-encoder"),
    /** Requests, responses and notifications: {@link JsonRpcEndpoint}. */
    ENDPOINT("ovsdb-endpoint");

    private final String handlerName;

    JsonRpcPipelineStage(final String handlerName) {
        this.handlerName = handlerName;
    }

    /**
     * The handler's name in the pipeline.
     *
     * @return the name
     */
    public String handlerName() {
        return handlerName;
    }

    /**
     * Adds the codec stages and the endpoint to a pipeline.
     *
     * @param pipeline the pipeline, after any TLS handler
     * @param maxMessageBytes the largest message accepted, in bytes
     * @param endpoint the connection's endpoint
     */
    public static void addStages(final ChannelPipeline pipeline, final int maxMessageBytes,
            final JsonRpcEndpoint endpoint) {
        pipeline.addLast(FRAME_DECODER.handlerName, new JsonRpcFrameDecoder(maxMessageBytes))
            .addLast(MESSAGE_DECODER.handlerName, JsonRpcMessageDecoder.INSTANCE)
            .addLast(ENCODER.handlerName, JsonRpcEncoder.INSTANCE)
            .addLast(ENDPOINT.handlerName, endpoint);
    }

    /**
     * Adds the codec stages and the endpoint to a pipeline, behind an inactivity probe unless the interval is zero.
     *
     * @param pipeline the pipeline, after any TLS handler
     * @param maxMessageBytes the largest message accepted, in bytes
     * @param inactivityProbe the idle time before an echo, or zero for no probe
     * @param endpoint the connection's endpoint
     */
    public static void addStages(final ChannelPipeline pipeline, final int maxMessageBytes,
            final Duration inactivityProbe, final JsonRpcEndpoint endpoint) {
        if (!inactivityProbe.isZero()) {
            pipeline.addLast(INACTIVITY_PROBE.handlerName, new JsonRpcInactivityProbe(inactivityProbe, endpoint));
        }
        addStages(pipeline, maxMessageBytes, endpoint);
    }
}
