/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;

/**
 * Presents an experimenter message codec as the message codec of {@code OFPT_EXPERIMENTER}: writes and reads the
 * experimenter id and exp_type around the codec's body.
 * <pre>
 *   | header 8 | experimenter 32 | exp_type 32 | body ... |
 * </pre>
 *
 * @param <T> the message class
 */
final class ExperimenterMessageAdapter<T extends OfExtensionMessage> implements OfMessageCodec<T> {
    private static final int TYPE = 4;
    private static final int MIN_LENGTH = 16;

    private final OfExperimenterMessageCodec<T> codec;

    ExperimenterMessageAdapter(final OfExperimenterMessageCodec<T> codec) {
        this.codec = codec;
    }

    @Override
    public OfVersion version() {
        return codec.version();
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public Class<T> messageClass() {
        return codec.messageClass();
    }

    @Override
    public int minLength() {
        return MIN_LENGTH;
    }

    @Override
    public T decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        body.skipBytes(8);
        return codec.decode(header, body, context);
    }

    @Override
    public void encodeBody(final T message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(codec.experimenter()).writeInt(codec.expType());
        codec.encodeBody(message, out, context);
    }

    @Override
    public String toString() {
        return codec.toString();
    }
}
