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
import io.tunnelmesh.openflow.api.message.v10.Of10Vendor;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_VENDOR} (type 4, section 5.5.4): the vendor id and an opaque body, re-encoded byte for byte.
 */
final class VendorCodec extends V10MessageCodec<Of10Vendor> {
    VendorCodec() {
        super(4, Of10Vendor.class, 12);
    }

    @Override
    public Of10Vendor decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return new Of10Vendor(header.xid(), body.readInt(), OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final Of10Vendor message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.vendor());
        OfWire.writeBytes(out, message.data());
    }
}
