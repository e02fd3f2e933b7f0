/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.net.InetAddress;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes basic OXM TLVs by value shape (OpenFlow 1.3.5 section 7.2.3.2): a header of class
 * {@code OFPXMC_OPENFLOW_BASIC}, the field number and mask bit, the payload length, then the value and, for a
 * masked field, the mask of the same width.
 */
final class OxmWriter {
    private OxmWriter() {
        // Hidden on purpose
    }

    static void u8(final ByteBuf out, final int field, final int value) {
        header(out, field, false, 1);
        out.writeByte(value);
    }

    static void u16(final ByteBuf out, final int field, final int value, final @Nullable Integer mask) {
        header(out, field, mask != null, 2);
        out.writeShort(value);
        if (mask != null) {
            out.writeShort(mask);
        }
    }

    static void u32(final ByteBuf out, final int field, final int value) {
        header(out, field, false, 4);
        out.writeInt(value);
    }

    static void u64(final ByteBuf out, final int field, final long value, final @Nullable Long mask) {
        header(out, field, mask != null, 8);
        out.writeLong(value);
        if (mask != null) {
            out.writeLong(mask);
        }
    }

    static void mac(final ByteBuf out, final int field, final MacAddress value, final @Nullable MacAddress mask) {
        header(out, field, mask != null, MacAddress.LENGTH);
        OfWire.writeMac(out, value);
        if (mask != null) {
            OfWire.writeMac(out, mask);
        }
    }

    static void address(final ByteBuf out, final int field, final InetAddress value,
            final @Nullable InetAddress mask) {
        final int width = value.getAddress().length;
        header(out, field, mask != null, width);
        OfWire.writeAddress(out, value);
        if (mask != null) {
            OfWire.writeAddress(out, mask);
        }
    }

    private static void header(final ByteBuf out, final int field, final boolean hasMask, final int width) {
        out.writeShort(OxmCodec.BASIC);
        out.writeByte(field << 1 | (hasMask ? 1 : 0));
        out.writeByte(hasMask ? width * 2 : width);
    }
}
