/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.nio.charset.StandardCharsets;

/**
 * Encodes and decodes {@code ofp_port} (OpenFlow 1.3.5 section 7.2.1), a fixed 64-byte structure; see
 * {@link OfPortDesc} for the layout. The name is written NUL-padded to 16 bytes and read up to its first NUL.
 */
final class PortDescCodec {
    /** Size of {@code ofp_port}. */
    static final int LENGTH = 64;

    private PortDescCodec() {
        // Hidden on purpose
    }

    static void encode(final OfPortDesc port, final ByteBuf out) {
        out.writeInt(port.portNo()).writeZero(4);
        OfWire.writeMac(out, port.hwAddress());
        out.writeZero(2);
        final var name = port.name().getBytes(StandardCharsets.UTF_8);
        out.writeBytes(name).writeZero(OfPortDesc.NAME_LENGTH - name.length);
        out.writeInt(port.config()).writeInt(port.state()).writeInt(port.current()).writeInt(port.advertised())
            .writeInt(port.supported()).writeInt(port.peer()).writeInt(port.currentSpeed()).writeInt(port.maxSpeed());
    }

    static OfPortDesc decode(final ByteBuf in) {
        final int portNo = in.readInt();
        in.skipBytes(4);
        final var mac = OfWire.readMac(in);
        in.skipBytes(2);
        final var nameField = in.readSlice(OfPortDesc.NAME_LENGTH);
        final int nul = nameField.indexOf(0, OfPortDesc.NAME_LENGTH, (byte) 0);
        // a name filling all 16 bytes has no NUL; OpenFlow requires one, keep the first 15 bytes as OVS does
        final int nameLength = nul < 0 ? OfPortDesc.NAME_LENGTH - 1 : nul;
        final var name = nameField.toString(0, nameLength, StandardCharsets.UTF_8);
        return new OfPortDesc(portNo, mac, name, in.readInt(), in.readInt(), in.readInt(), in.readInt(),
            in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }
}
