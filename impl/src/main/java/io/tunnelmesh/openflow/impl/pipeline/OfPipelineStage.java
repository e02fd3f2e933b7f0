/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.channel.ChannelPipeline;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;

/**
 * The named stages of an OpenFlow channel pipeline, in inbound order. Later stages (idle handler, connection adapter,
 * outbound queue) join this enum as they are built.
 */
public enum OfPipelineStage {
    /** Cuts the byte stream into one frame per message: {@link OfFrameDecoder}. */
    FRAME_DECODER("of-frame-decoder"),
    /** Turns a frame into a message or an {@link OfDecodeFailure}: {@link OfMessageDecoder}. */
    MESSAGE_DECODER("of-message-decoder"),
    /** Turns outbound messages into bytes: {@link OfMessageEncoder}. */
    MESSAGE_ENCODER("of-message-encoder");

    private final String handlerName;

    OfPipelineStage(final String handlerName) {
        this.handlerName = handlerName;
    }

    /**
     * The name the stage's handler has in the pipeline.
     *
     * @return the handler name
     */
    public String handlerName() {
        return handlerName;
    }

    /**
     * Adds the codec stages at the end of a pipeline; the decoder and encoder may be shared between channels, the
     * frame decoder is created per channel.
     *
     * @param pipeline the channel's pipeline
     * @param decoder the shared message decoder
     * @param encoder the shared message encoder
     */
    public static void addCodecStages(final ChannelPipeline pipeline, final OfMessageDecoder decoder,
            final OfMessageEncoder encoder) {
        pipeline.addLast(FRAME_DECODER.handlerName, new OfFrameDecoder())
            .addLast(MESSAGE_DECODER.handlerName, decoder)
            .addLast(MESSAGE_ENCODER.handlerName, encoder);
    }

    /**
     * Adds the codec stages for one registry.
     *
     * @param pipeline the channel's pipeline
     * @param registry the codecs to use
     */
    public static void addCodecStages(final ChannelPipeline pipeline, final OfCodecRegistry registry) {
        addCodecStages(pipeline, new OfMessageDecoder(registry), new OfMessageEncoder(registry));
    }
}
