/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.function.Function;

/**
 * {@code OFPT_ECHO_REQUEST} (2) and {@code OFPT_ECHO_REPLY} (3) of OpenFlow 1.0 (section 5.5.2): a header and
 * arbitrary data, the layout of every version, so the records are the version-agnostic {@link OfEchoRequest} and
 * {@link OfEchoReply}.
 *
 * @param <T> the message type
 */
final class EchoCodec<T extends OfMessage> extends V10MessageCodec<T> {
    private final Factory<T> factory;
    private final Function<T, OfBytes> data;

    private EchoCodec(final int type, final Class<T> messageClass, final Factory<T> factory,
            final Function<T, OfBytes> data) {
        super(type, messageClass, 8);
        this.factory = factory;
        this.data = data;
    }

    static EchoCodec<OfEchoRequest> request() {
        return new EchoCodec<>(2, OfEchoRequest.class, OfEchoRequest::new, OfEchoRequest::data);
    }

    static EchoCodec<OfEchoReply> reply() {
        return new EchoCodec<>(3, OfEchoReply.class, OfEchoReply::new, OfEchoReply::data);
    }

    @Override
    public T decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return factory.create(header.version(), header.xid(), OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final T message, final ByteBuf out, final OfCodecContext context) {
        OfWire.writeBytes(out, data.apply(message));
    }

    @FunctionalInterface
    private interface Factory<T> {
        T create(OfVersion version, int xid, OfBytes data);
    }
}
