/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;

/**
 * What the Nicira message codecs share: experimenter {@value #NX_VENDOR_ID} ({@code NX_VENDOR_ID}), a 32-bit subtype
 * (Open vSwitch {@code struct nicira_header}), OpenFlow 1.3.
 * <pre>
 *   | header 8 | experimenter 0x00002320 | subtype 32 | body ... |
 * </pre>
 *
 * @param <T> the message class
 */
abstract class NiciraMessageCodec<T extends OfExtensionMessage> implements OfExperimenterMessageCodec<T> {
    /** Nicira's experimenter id, its IEEE OUI 00:23:20. */
    static final int NX_VENDOR_ID = 0x00002320;

    private final int subtype;
    private final Class<T> messageClass;
    private final String name;

    NiciraMessageCodec(final int subtype, final Class<T> messageClass, final String name) {
        this.subtype = subtype;
        this.messageClass = messageClass;
        this.name = name;
    }

    @Override
    public final OfVersion version() {
        return OfVersion.OF13;
    }

    @Override
    public final int experimenter() {
        return NX_VENDOR_ID;
    }

    @Override
    public final int expType() {
        return subtype;
    }

    @Override
    public final Class<T> messageClass() {
        return messageClass;
    }

    /**
     * Checks a body has its fixed part and then whole entries.
     *
     * @param body the body after the subtype
     * @param fixed the fixed part's length
     * @param entry the length of each following entry
     * @throws OfCodecException {@code OFPBRC_BAD_LEN} if it does not
     */
    final void checkLength(final ByteBuf body, final int fixed, final int entry) {
        final int length = body.readableBytes();
        if (length < fixed || (length - fixed) % entry != 0) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, name + " body of " + length + " bytes is not "
                + fixed + " plus a multiple of " + entry);
        }
    }

    @Override
    public String toString() {
        return name + " codec";
    }
}
