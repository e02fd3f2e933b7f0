/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.util.function.BiFunction;

/**
 * A codec for an OpenFlow 1.0 message that is its header alone: {@code OFPT_FEATURES_REQUEST} (5),
 * {@code OFPT_GET_CONFIG_REQUEST} (7), {@code OFPT_BARRIER_REQUEST} (18) and {@code OFPT_BARRIER_REPLY} (19)
 * (OpenFlow 1.0.0 sections 5.3.1, 5.3.2, 5.3.7). Their records are the version-agnostic ones, built with
 * {@link OfVersion#OF10}. One instance is registered per type.
 *
 * @param <T> the message type
 */
final class HeaderOnlyCodec<T extends OfMessage> extends V10MessageCodec<T> {
    private final BiFunction<OfVersion, Integer, T> factory;

    HeaderOnlyCodec(final int type, final Class<T> messageClass, final BiFunction<OfVersion, Integer, T> factory) {
        super(type, messageClass, 8);
        this.factory = factory;
    }

    @Override
    public T decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return factory.apply(header.version(), header.xid());
    }

    @Override
    public void encodeBody(final T message, final ByteBuf out, final OfCodecContext context) {
        // Nothing after the header
    }
}
