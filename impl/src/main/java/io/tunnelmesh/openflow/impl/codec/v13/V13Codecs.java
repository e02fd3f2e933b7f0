/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfGetAsyncReply;
import io.tunnelmesh.openflow.api.message.OfGetAsyncRequest;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfSetAsync;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.util.List;

/**
 * The OpenFlow 1.3 codecs, listed explicitly: what a registry needs to speak 1.3: message codecs ({@link #all()}),
 * basic OXM field codecs ({@link V13OxmCodecs}) and standard action codecs ({@link V13ActionCodecs}). Add them with
 * {@code V13Codecs.addTo(OfCodecRegistry.builder())}, then any extension codecs the same way.
 */
public final class V13Codecs {
    private static final List<OfMessageCodec<?>> ALL = List.of(
        new HelloCodec(),
        new ErrorCodec(),
        new EchoRequestCodec(),
        new EchoReplyCodec(),
        new ExperimenterCodec(),
        new HeaderOnlyCodec<>(5, OfFeaturesRequest.class, OfFeaturesRequest::new),
        new FeaturesReplyCodec(),
        new HeaderOnlyCodec<>(7, OfGetConfigRequest.class, OfGetConfigRequest::new),
        new GetConfigReplyCodec(),
        new SetConfigCodec(),
        new PacketInCodec(),
        new FlowRemovedCodec(),
        new PortStatusCodec(),
        new PacketOutCodec(),
        new FlowModCodec(),
        new HeaderOnlyCodec<>(20, OfBarrierRequest.class, OfBarrierRequest::new),
        new HeaderOnlyCodec<>(21, OfBarrierReply.class, OfBarrierReply::new),
        new RoleRequestCodec(),
        new RoleReplyCodec(),
        new MultipartRequestCodec(),
        new MultipartReplyCodec(),
        new GroupModCodec(),
        new PortModCodec(),
        new TableModCodec(),
        new QueueGetConfigRequestCodec(),
        new QueueGetConfigReplyCodec(),
        new HeaderOnlyCodec<>(26, OfGetAsyncRequest.class, (version, xid) -> new OfGetAsyncRequest(xid)),
        new AsyncConfigCodec<>(27, OfGetAsyncReply.class, OfGetAsyncReply::new, OfGetAsyncReply::config),
        new AsyncConfigCodec<>(28, OfSetAsync.class, OfSetAsync::new, OfSetAsync::config),
        new MeterModCodec());

    private V13Codecs() {
        // Hidden on purpose
    }

    /**
     * One codec per OpenFlow 1.3 message type this library models.
     *
     * @return an immutable list
     */
    public static List<OfMessageCodec<?>> all() {
        return ALL;
    }

    /**
     * Adds every OpenFlow 1.3 codec: messages, basic OXM fields, standard actions.
     *
     * @param builder the builder
     * @return the same builder
     */
    public static OfCodecRegistry.Builder addTo(final OfCodecRegistry.Builder builder) {
        return builder.addAll(ALL).addFields(V13OxmCodecs.all()).addActions(V13ActionCodecs.all());
    }
}
