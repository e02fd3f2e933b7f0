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
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloElement;
import io.tunnelmesh.openflow.api.message.OfHelloUnknownElement;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;

/**
 * {@code OFPT_HELLO} of OpenFlow 1.0 (type 0, OpenFlow 1.0.0 section 5.5.1). 1.0 defines no body and asks a peer to
 * ignore one; later versions put hello elements there, and a 1.0 HELLO from a switch that also speaks 1.3 carries a
 * version bitmap. So the body is read as elements, exactly as the 1.3 codec reads them (Open vSwitch does the same
 * for every version), into the version-agnostic {@link OfHello} built with the header's version.
 */
final class HelloCodec extends V10MessageCodec<OfHello> {
    private static final int VERSIONBITMAP = 1;

    HelloCodec() {
        super(0, OfHello.class, 8);
    }

    @Override
    public OfHello decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
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
            body.skipBytes(Math.min(OfWire.padding(length), body.readableBytes()));
            if (type == VERSIONBITMAP && elementBody.readableBytes() % 4 == 0) {
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

    @Override
    public void encodeBody(final OfHello message, final ByteBuf out, final OfCodecContext context) {
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
