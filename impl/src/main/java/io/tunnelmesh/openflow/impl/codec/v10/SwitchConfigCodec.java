/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
import io.tunnelmesh.openflow.api.message.v10.Of10GetConfigReply;
import io.tunnelmesh.openflow.api.message.v10.Of10SetConfig;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code OFPT_GET_CONFIG_REPLY} (8) and {@code OFPT_SET_CONFIG} (9) of OpenFlow 1.0 (section 5.3.2): the 12-byte
 * {@code ofp_switch_config}, flags and miss-send length.
 *
 * @param <T> the message type
 */
final class SwitchConfigCodec<T extends OfMessage> extends V10MessageCodec<T> {
    private final BiFunction<Integer, OfSwitchConfig, T> factory;
    private final Function<T, OfSwitchConfig> config;

    private SwitchConfigCodec(final int type, final Class<T> messageClass,
            final BiFunction<Integer, OfSwitchConfig, T> factory, final Function<T, OfSwitchConfig> config) {
        super(type, messageClass, 12);
        this.factory = factory;
        this.config = config;
    }

    static SwitchConfigCodec<Of10GetConfigReply> getConfigReply() {
        return new SwitchConfigCodec<>(8, Of10GetConfigReply.class, Of10GetConfigReply::new,
            Of10GetConfigReply::config);
    }

    static SwitchConfigCodec<Of10SetConfig> setConfig() {
        return new SwitchConfigCodec<>(9, Of10SetConfig.class, Of10SetConfig::new, Of10SetConfig::config);
    }

    @Override
    public T decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return factory.apply(header.xid(), new OfSwitchConfig(body.readUnsignedShort(), body.readUnsignedShort()));
    }

    @Override
    public void encodeBody(final T message, final ByteBuf out, final OfCodecContext context) {
        final var value = config.apply(message);
        out.writeShort(value.flags()).writeShort(value.missSendLength());
    }
}
