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
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_ERROR} of OpenFlow 1.0 (type 1, section 5.4.4): type, code and data, with the 1.0 numbering of
 * {@link Of10ErrorCode}. Unknown types and codes (Open vSwitch's {@code NXET_VENDOR} among them) decode and
 * re-encode unchanged.
 */
final class ErrorCodec extends V10MessageCodec<Of10Error> {
    ErrorCodec() {
        super(1, Of10Error.class, Of10Error.MIN_LENGTH);
    }

    @Override
    public Of10Error decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int type = body.readUnsignedShort();
        return new Of10Error(header.xid(), Of10ErrorCode.valueOf(type, body.readUnsignedShort()),
            OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final Of10Error message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.error().type().code()).writeShort(message.error().code());
        OfWire.writeBytes(out, message.data());
    }
}
