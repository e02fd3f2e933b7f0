/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.message.OfMessage;

/**
 * The key and size bound every OpenFlow 1.0 message codec declares: version 0x01, its 1.0 {@code ofp_type} (which
 * numbers messages differently from 1.3 from BARRIER on) and the minimum length from the spec's size assertions.
 *
 * @param <T> the message type
 */
abstract class V10MessageCodec<T extends OfMessage> implements OfMessageCodec<T> {
    private final int type;
    private final Class<T> messageClass;
    private final int minLength;

    V10MessageCodec(final int type, final Class<T> messageClass, final int minLength) {
        this.type = type;
        this.messageClass = messageClass;
        this.minLength = minLength;
    }

    @Override
    public final OfVersion version() {
        return OfVersion.OF10;
    }

    @Override
    public final int type() {
        return type;
    }

    @Override
    public final Class<T> messageClass() {
        return messageClass;
    }

    @Override
    public final int minLength() {
        return minLength;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(OF1.0, type " + type + ")";
    }
}
