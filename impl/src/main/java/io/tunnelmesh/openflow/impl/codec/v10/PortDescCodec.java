/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.nio.charset.StandardCharsets;

/**
 * Encodes and decodes {@code ofp_phy_port} (OpenFlow 1.0.0 section 5.2.1), a fixed 48-byte structure; see
 * {@link Of10PortDesc} for the layout. Fixed-size strings, here and in the statistics bodies, are written
 * NUL-padded and read up to their first NUL.
 */
final class PortDescCodec {
    private PortDescCodec() {
        // Hidden on purpose
    }

    static void encode(final Of10PortDesc port, final ByteBuf out) {
        out.writeShort(port.portNo());
        OfWire.writeMac(out, port.hwAddress());
        writeString(out, port.name(), Of10PortDesc.NAME_LENGTH);
        out.writeInt(port.config()).writeInt(port.state()).writeInt(port.current()).writeInt(port.advertised())
            .writeInt(port.supported()).writeInt(port.peer());
    }

    static Of10PortDesc decode(final ByteBuf in) {
        final int portNo = in.readUnsignedShort();
        final var mac = OfWire.readMac(in);
        final var name = readString(in, Of10PortDesc.NAME_LENGTH);
        return new Of10PortDesc(portNo, mac, name, in.readInt(), in.readInt(), in.readInt(), in.readInt(),
            in.readInt(), in.readInt());
    }

    static void writeString(final ByteBuf out, final String value, final int length) {
        final var bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(bytes).writeZero(length - bytes.length);
    }

    static String readString(final ByteBuf in, final int length) {
        final var field = in.readSlice(length);
        final int nul = field.indexOf(field.readerIndex(), field.readerIndex() + length, (byte) 0);
        // a field without NUL breaks the spec; keep all but the last byte, as Open vSwitch does
        final int used = nul < 0 ? length - 1 : nul - field.readerIndex();
        return field.toString(field.readerIndex(), used, StandardCharsets.UTF_8);
    }
}
