/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfAsyncConfig;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code OFPT_GET_ASYNC_REPLY} (type 27) and {@code OFPT_SET_ASYNC} (type 28), 32 bytes each, OpenFlow 1.3.5 section
 * 7.3.10: the same {@code ofp_async_config} body, six 32-bit masks.
 *
 * @param <T> the message type
 */
final class AsyncConfigCodec<T extends OfMessage> extends V13MessageCodec<T> {
    private final BiFunction<Integer, OfAsyncConfig, T> factory;
    private final Function<T, OfAsyncConfig> config;

    AsyncConfigCodec(final int type, final Class<T> messageClass, final BiFunction<Integer, OfAsyncConfig, T> factory,
            final Function<T, OfAsyncConfig> config) {
        super(type, messageClass, 32);
        this.factory = factory;
        this.config = config;
    }

    @Override
    public T decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return factory.apply(header.xid(), new OfAsyncConfig(body.readInt(), body.readInt(), body.readInt(),
            body.readInt(), body.readInt(), body.readInt()));
    }

    @Override
    public void encodeBody(final T message, final ByteBuf out, final OfCodecContext context) {
        final var masks = config.apply(message);
        out.writeInt(masks.packetInMaster()).writeInt(masks.packetInSlave()).writeInt(masks.portStatusMaster())
            .writeInt(masks.portStatusSlave()).writeInt(masks.flowRemovedMaster()).writeInt(masks.flowRemovedSlave());
    }
}
