/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.onf;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;

/**
 * What the ONF bundle codecs share: experimenter {@value #ONF_EXPERIMENTER} ({@code ONF_EXPERIMENTER_ID}, "ONF\0"),
 * OpenFlow 1.3, and the 8 bytes after the experimenter header ({@code bundle_id 32}, then {@code type 16} or
 * {@code pad 16}, then {@code flags 16}).
 *
 * @param <T> the message class
 */
abstract class OnfMessageCodec<T extends OfExtensionMessage> implements OfExperimenterMessageCodec<T> {
    /** The ONF's experimenter id. */
    static final int ONF_EXPERIMENTER = 0x4f4e4600;
    /** Length of {@code bundle_id}, {@code type} or pad, and {@code flags}. */
    static final int FIXED = 8;

    private final int expType;
    private final Class<T> messageClass;
    private final String name;

    OnfMessageCodec(final int expType, final Class<T> messageClass, final String name) {
        this.expType = expType;
        this.messageClass = messageClass;
        this.name = name;
    }

    @Override
    public final OfVersion version() {
        return OfVersion.OF13;
    }

    @Override
    public final int experimenter() {
        return ONF_EXPERIMENTER;
    }

    @Override
    public final int expType() {
        return expType;
    }

    @Override
    public final Class<T> messageClass() {
        return messageClass;
    }

    /**
     * Checks a body has at least a given length.
     *
     * @param body the body after {@code exp_type}
     * @param minimum the least length
     * @throws OfCodecException {@code OFPBRC_BAD_LEN} if it is shorter
     */
    final void checkLength(final ByteBuf body, final int minimum) {
        if (body.readableBytes() < minimum) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, name + " body of " + body.readableBytes()
                + " bytes < " + minimum);
        }
    }

    @Override
    public String toString() {
        return name + " codec";
    }
}
