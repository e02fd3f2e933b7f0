/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloElement;
import io.tunnelmesh.openflow.api.message.OfHelloUnknownElement;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import java.util.ArrayList;

/**
 * The body of {@code OFPT_HELLO} in every version (OpenFlow 1.3.5 section 7.5.1): elements, each padded to 8 bytes;
 * the version bitmap element is modelled, any other element is kept opaque. OpenFlow 1.0 defines no elements, but a
 * HELLO must be understood whatever version it announces (section 6.3.1) and Open vSwitch sends the bitmap in every
 * version, so the 1.0 and 1.3 codecs share this.
 */
public final class OfHelloElements {
    private static final int VERSIONBITMAP = 1;

    private OfHelloElements() {
        // Hidden on purpose
    }

    /**
     * Reads the elements of a HELLO body.
     *
     * @param header the header, whose version and xid the HELLO keeps
     * @param body the body
     * @return the HELLO
     * @throws OfCodecException {@code OFPBRC_BAD_LEN} if an element does not fit
     */
    public static OfHello decode(final OfHeader header, final ByteBuf body) {
        final var elements = new ArrayList<OfHelloElement>();
        while (body.isReadable()) {
            if (body.readableBytes() < 4) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "hello element header needs 4 bytes, "
                    + body.readableBytes() + " left");
            }
            final int type = body.readUnsignedShort();
            final int length = body.readUnsignedShort();
            if (length < 4 || length - 4 > body.readableBytes()) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "hello element length " + length
                    + " does not fit the " + (body.readableBytes() + 4) + " bytes left");
            }
            final var elementBody = body.readSlice(length - 4);
            // the last element may come without its padding; OVS accepts that, so do we
            body.skipBytes(Math.min(OfWire.padding(length), body.readableBytes()));
            if (type == VERSIONBITMAP) {
                if (elementBody.readableBytes() % 4 != 0) {
                    throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "version bitmap length " + length
                        + " is not 4 plus a multiple of 4");
                }
                final var words = new ArrayList<Integer>();
                while (elementBody.isReadable()) {
                    words.add(elementBody.readInt());
                }
                elements.add(new OfHelloVersionBitmap(words));
            } else {
                elements.add(new OfHelloUnknownElement(type, OfWire.readRest(elementBody)));
            }
        }
        return new OfHello(header.version(), header.xid(), elements);
    }

    /**
     * Writes the elements of a HELLO, each padded to 8 bytes.
     *
     * @param message the HELLO
     * @param out the buffer
     */
    public static void encode(final OfHello message, final ByteBuf out) {
        for (var element : message.elements()) {
            final int start = out.writerIndex();
            out.writeInt(0);
            final int type = switch (element) {
                case OfHelloVersionBitmap bitmap -> {
                    bitmap.bitmaps().forEach(out::writeInt);
                    yield VERSIONBITMAP;
                }
                case OfHelloUnknownElement unknown -> {
                    OfWire.writeBytes(out, unknown.body());
                    yield unknown.type();
                }
            };
            out.setShort(start, type);
            OfWire.patchLength(out, start, 2, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
            OfWire.pad(out, start);
        }
    }
}
