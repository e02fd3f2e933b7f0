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
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMeterModCommand;

/**
 * {@code OFPT_METER_MOD} (type 29, at least 16 bytes), OpenFlow 1.3.5 section 7.3.4.4. Unknown commands are kept, so
 * that they re-encode unchanged.
 */
final class MeterModCodec extends V13MessageCodec<OfMeterMod> {
    MeterModCodec() {
        super(29, OfMeterMod.class, 16);
    }

    @Override
    public OfMeterMod decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final var command = OfMeterModCommand.valueOf(body.readUnsignedShort());
        final int flags = body.readUnsignedShort();
        final int meterId = body.readInt();
        return new OfMeterMod(header.xid(), command, flags, meterId, MeterBandCodec.decodeAll(body));
    }

    @Override
    public void encodeBody(final OfMeterMod message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.command().code()).writeShort(message.flags()).writeInt(message.meterId());
        MeterBandCodec.encodeAll(message.bands(), out);
    }
}
