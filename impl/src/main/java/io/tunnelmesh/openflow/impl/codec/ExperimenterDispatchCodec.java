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
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The decoder of {@code OFPT_EXPERIMENTER} in a registry with experimenter message codecs: reads the experimenter id
 * and exp_type without consuming them and hands the message to the codec registered for them, or to the plain
 * experimenter codec (opaque, byte for byte) when none is. Without a plain codec, an unknown experimenter is
 * {@code OFPBRC_BAD_EXPERIMENTER} as OpenFlow 1.3.5 section 7.5.4 asks.
 */
final class ExperimenterDispatchCodec implements OfMessageCodec<OfMessage> {
    private static final int TYPE = 4;
    private static final int MIN_LENGTH = 16;

    private final OfVersion version;
    private final @Nullable OfMessageCodec<?> fallback;
    private final Map<ExperimenterKey, ExperimenterMessageAdapter<?>> adapters;

    ExperimenterDispatchCodec(final OfVersion version, final @Nullable OfMessageCodec<?> fallback,
            final Map<ExperimenterKey, ExperimenterMessageAdapter<?>> adapters) {
        this.version = version;
        this.fallback = fallback;
        this.adapters = adapters;
    }

    @Override
    public OfVersion version() {
        return version;
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public Class<OfMessage> messageClass() {
        return OfMessage.class;
    }

    @Override
    public int minLength() {
        return fallback == null ? MIN_LENGTH : Math.min(MIN_LENGTH, fallback.minLength());
    }

    @Override
    public OfMessage decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        if (body.readableBytes() >= 8) {
            final int start = body.readerIndex();
            final var adapter = adapters.get(new ExperimenterKey(version, body.getInt(start),
                body.getInt(start + 4)));
            if (adapter != null) {
                return adapter.decode(header, body, context);
            }
        }
        if (fallback == null) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_EXPERIMENTER, "no codec for this experimenter");
        }
        return fallback.decode(header, body, context);
    }

    @Override
    public void encodeBody(final OfMessage message, final ByteBuf out, final OfCodecContext context) {
        throw new UnsupportedOperationException("the dispatcher only decodes; encoding goes by message class");
    }

    @Override
    public String toString() {
        return "experimenter dispatch " + version + " " + adapters.keySet();
    }
}
