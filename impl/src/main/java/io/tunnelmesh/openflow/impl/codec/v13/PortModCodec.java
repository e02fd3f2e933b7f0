/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfPortMod;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_PORT_MOD} (type 16, 40 bytes), OpenFlow 1.3.5 section 7.3.4.3.
 */
final class PortModCodec extends V13MessageCodec<OfPortMod> {
    PortModCodec() {
        super(16, OfPortMod.class, 40);
    }

    @Override
    public OfPortMod decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int portNo = body.readInt();
        body.skipBytes(4);
        final var hwAddress = OfWire.readMac(body);
        body.skipBytes(2);
        final int config = body.readInt();
        final int mask = body.readInt();
        final int advertise = body.readInt();
        body.skipBytes(4);
        return new OfPortMod(header.xid(), portNo, hwAddress, config, mask, advertise);
    }

    @Override
    public void encodeBody(final OfPortMod message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.portNo()).writeZero(4);
        OfWire.writeMac(out, message.hwAddress());
        out.writeZero(2).writeInt(message.config()).writeInt(message.mask()).writeInt(message.advertise())
            .writeZero(4);
    }
}
