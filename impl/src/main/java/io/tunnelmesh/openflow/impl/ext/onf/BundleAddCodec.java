/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.onf;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;

/**
 * {@code ONFT_BUNDLE_ADD_MESSAGE} (ONF type 2301): {@code bundle_id 32 | pad 16 | flags 16 | message}, then, only
 * when there are properties, padding to 8 bytes and the properties (OpenFlow 1.4.1 section 7.3.9.6). The inner
 * message is decoded and encoded by the registry ({@link OfCodecContext#decodeMessage}), so any message the registry
 * knows, extensions included, can be bundled. Open vSwitch writes no padding and no properties, and ignores bytes
 * after the inner message; this codec reads them as padding and properties and refuses what is neither with
 * {@code OFPBRC_BAD_LEN}. An inner message without a whole header, or longer than what is left, is the ONF error
 * {@code OFPBFC_MSG_BAD_LEN}, as Open vSwitch answers it.
 */
final class BundleAddCodec extends OnfMessageCodec<OnfBundleAdd> {
    private static final int INNER_HEADER = 8;
    private static final int PROPERTY_HEADER = 4;

    BundleAddCodec() {
        super(2301, OnfBundleAdd.class, "ONFT_BUNDLE_ADD_MESSAGE");
    }

    @Override
    public OnfBundleAdd decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        checkLength(body, FIXED);
        final int bundleId = body.readInt();
        body.skipBytes(2);
        final int flags = body.readUnsignedShort();
        final int innerStart = body.readerIndex();
        final int innerLength = body.readableBytes() < INNER_HEADER ? -1 : body.getUnsignedShort(innerStart + 2);
        if (innerLength < INNER_HEADER || innerLength > body.readableBytes()) {
            throw new OfCodecException(OnfErrorCodes.OFPBFC_MSG_BAD_LEN, "ONFT_BUNDLE_ADD_MESSAGE inner message of "
                + (innerLength < 0 ? "no whole header" : "length " + innerLength) + " in " + body.readableBytes()
                + " bytes");
        }
        final var message = context.decodeMessage(body);
        if (!body.isReadable()) {
            return new OnfBundleAdd(header.xid(), bundleId, flags, message, List.of());
        }
        final int padding = OfWire.padding(body.readerIndex() - innerStart);
        if (body.readableBytes() < padding + PROPERTY_HEADER) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "ONFT_BUNDLE_ADD_MESSAGE has "
                + body.readableBytes() + " bytes after its message, neither padding nor properties");
        }
        body.skipBytes(padding);
        return new OnfBundleAdd(header.xid(), bundleId, flags, message, BundleProperties.read(body));
    }

    @Override
    public void encodeBody(final OnfBundleAdd message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.bundleId()).writeShort(0).writeShort(message.flags());
        final int innerStart = out.writerIndex();
        context.encodeMessage(message.message(), out);
        if (!message.properties().isEmpty()) {
            OfWire.pad(out, innerStart);
            BundleProperties.write(message.properties(), out);
        }
    }
}
