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
 * The named stages of an OpenFlow channel pipeline, in pipeline order (head first); the single place naming handlers.
 * <pre>
 *   socket
 *     | of-tls                  SslHandler (TLS transport only)
 *     | of-frame-decoder        bytes -&gt; one frame per message                     (inbound)
 *     | of-frame-meter          counts frames, remembers the last frame's length   (inbound)
 *     | of-version-filter       after negotiation: other versions -&gt; BAD_VERSION   (inbound)
 *     | of-message-decoder      frame -&gt; message or OfDecodeFailure                (inbound)
 *     | of-message-encoder      message -&gt; bytes                                   (outbound)
 *     | of-encode-counter       counts encoded messages and failures               (outbound)
 *     | of-decode-failure       OfDecodeFailure -&gt; OFPT_ERROR reply, counts        (inbound)
 *     | of-handshake            HELLO, negotiation, FEATURES; leaves when done      (inbound)
 *     | of-idle-state           stock IdleStateHandler: nothing read for a while    (inbound)
 *     | of-echo                 answers ECHO_REQUEST, probes an idle peer          (inbound)
 *     | of-connection-adapter   replies to pending requests, the rest to listeners (inbound)
 *     | of-outbound-queue       bounded, batching, writability-aware queue         (outbound source)
 *     v of-disconnect           one disconnect notification per connection          (inbound)
 * </pre>
 * Stages that write replies from before the encoder (the version filter) write from the tail.
 */
public enum OfPipelineStage {
    /** TLS, when the transport is TLS: Netty's {@code SslHandler}. */
    TLS("of-tls"),
    /** Cuts the byte stream into one frame per message: {@link OfFrameDecoder}. */
    FRAME_DECODER("of-frame-decoder"),
    /** Counts frames and remembers their length: {@link OfFrameMeter}. */
    FRAME_METER("of-frame-meter"),
    /** Refuses frames of another version than the negotiated one: {@link OfVersionFilter}. */
    VERSION_FILTER("of-version-filter"),
    /** Turns a frame into a message or an {@link OfDecodeFailure}: {@link OfMessageDecoder}. */
    MESSAGE_DECODER("of-message-decoder"),
    /** Turns outbound messages into bytes: {@link OfMessageEncoder}. */
    MESSAGE_ENCODER("of-message-encoder"),
    /** Counts what the encoder encodes: {@link OfEncodeCounter}. */
    ENCODE_COUNTER("of-encode-counter"),
    /** Answers decode failures with errors: {@link OfDecodeFailureHandler}. */
    DECODE_FAILURE("of-decode-failure"),
    /** HELLO, version negotiation and FEATURES: {@link OfHandshakeHandler}. */
    HANDSHAKE("of-handshake"),
    /** Netty's stock {@code IdleStateHandler}, reader idle only. */
    IDLE_STATE("of-idle-state"),
    /** Echo replies and idle probes: {@link OfEchoHandler}. */
    ECHO("of-echo"),
    /** The connection adapter, which hands messages to requests and listeners. */
    CONNECTION_ADAPTER("of-connection-adapter"),
    /** The outbound queue: {@link OfOutboundQueue}. */
    OUTBOUND_QUEUE("of-outbound-queue"),
    /** Turns channel ends into one notification: {@link OfDisconnectHandler}. */
    DISCONNECT("of-disconnect");

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
