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
import io.tunnelmesh.openflow.api.message.v10.Of10PortMod;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_PORT_MOD} of OpenFlow 1.0 (type 15, 32 bytes, section 5.3.3); see {@link Of10PortMod}.
 */
final class PortModCodec extends V10MessageCodec<Of10PortMod> {
    PortModCodec() {
        super(15, Of10PortMod.class, Of10PortMod.LENGTH);
    }

    @Override
    public Of10PortMod decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int portNo = body.readUnsignedShort();
        final var mac = OfWire.readMac(body);
        final int config = body.readInt();
        final int mask = body.readInt();
        final int advertise = body.readInt();
        body.skipBytes(4);
        return new Of10PortMod(header.xid(), portNo, mac, config, mask, advertise);
    }

    @Override
    public void encodeBody(final Of10PortMod message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.portNo());
        OfWire.writeMac(out, message.hwAddress());
        out.writeInt(message.config()).writeInt(message.mask()).writeInt(message.advertise()).writeZero(4);
    }
}
