/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * Encodes and decodes the fixed 40-byte {@code ofp_match} of OpenFlow 1.0 (section 5.2.3); see {@link Of10Match}
 * for the layout. Every field is kept as sent, wildcarded or not, and the two pad fields are written as zeros.
 */
final class MatchCodec {
    private MatchCodec() {
        // Hidden on purpose
    }

    static Of10Match decode(final ByteBuf in) {
        final int wildcards = in.readInt();
        final int inPort = in.readUnsignedShort();
        final var dlSrc = OfWire.readMac(in);
        final var dlDst = OfWire.readMac(in);
        final int dlVlan = in.readUnsignedShort();
        final int dlVlanPcp = in.readUnsignedByte();
        in.skipBytes(1);
        final int dlType = in.readUnsignedShort();
        final int nwTos = in.readUnsignedByte();
        final int nwProto = in.readUnsignedByte();
        in.skipBytes(2);
        final var nwSrc = OfWire.readIpv4(in);
        final var nwDst = OfWire.readIpv4(in);
        return new Of10Match(wildcards, inPort, dlSrc, dlDst, dlVlan, dlVlanPcp, dlType, nwTos, nwProto, nwSrc, nwDst,
            in.readUnsignedShort(), in.readUnsignedShort());
    }

    static void encode(final Of10Match match, final ByteBuf out) {
        out.writeInt(match.wildcards()).writeShort(match.inPort());
        OfWire.writeMac(out, match.dlSrc());
        OfWire.writeMac(out, match.dlDst());
        out.writeShort(match.dlVlan()).writeByte(match.dlVlanPcp()).writeZero(1).writeShort(match.dlType())
            .writeByte(match.nwTos()).writeByte(match.nwProto()).writeZero(2);
        OfWire.writeAddress(out, match.nwSrc());
        OfWire.writeAddress(out, match.nwDst());
        out.writeShort(match.tpSrc()).writeShort(match.tpDst());
    }
}
