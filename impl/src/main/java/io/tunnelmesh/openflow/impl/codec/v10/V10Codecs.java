/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.util.List;

/**
 * The OpenFlow 1.0 message codecs, listed explicitly, one per 1.0 message type (OpenFlow 1.0.0 section 5.1,
 * {@code enum ofp_type}: 0 to 21, with BARRIER at 18 and 19 where 1.3 has it at 20 and 21). Add them with
 * {@code V10Codecs.addTo(builder)}, next to {@code V13Codecs.addTo(builder)} for a registry speaking both: the
 * registry keys codecs by (version, type), so each frame is decoded by the codec of its header's version.
 */
public final class V10Codecs {
    private static final List<OfMessageCodec<?>> ALL = List.of(
        new HelloCodec(),
        new ErrorCodec(),
        EchoCodec.request(),
        EchoCodec.reply(),
        new VendorCodec(),
        new HeaderOnlyCodec<>(5, OfFeaturesRequest.class, OfFeaturesRequest::new),
        new FeaturesReplyCodec(),
        new HeaderOnlyCodec<>(7, OfGetConfigRequest.class, OfGetConfigRequest::new),
        SwitchConfigCodec.getConfigReply(),
        SwitchConfigCodec.setConfig(),
        new PacketInCodec(),
        new FlowRemovedCodec(),
        new PortStatusCodec(),
        new PacketOutCodec(),
        new FlowModCodec(),
        new PortModCodec(),
        new StatsRequestCodec(),
        new StatsReplyCodec(),
        new HeaderOnlyCodec<>(18, OfBarrierRequest.class, OfBarrierRequest::new),
        new HeaderOnlyCodec<>(19, OfBarrierReply.class, OfBarrierReply::new),
        new QueueGetConfigRequestCodec(),
        new QueueGetConfigReplyCodec());

    private V10Codecs() {
        // Hidden on purpose
    }

    /**
     * One codec per OpenFlow 1.0 message type.
     *
     * @return an immutable list, in type order
     */
    public static List<OfMessageCodec<?>> all() {
        return ALL;
    }

    /**
     * Adds every OpenFlow 1.0 codec. 1.0 has its own match and action formats, coded inside these message codecs,
     * so no OXM field or action codec is added.
     *
     * @param builder the builder
     * @return the same builder
     */
    public static OfCodecRegistry.Builder addTo(final OfCodecRegistry.Builder builder) {
        return builder.addAll(ALL);
    }
}
