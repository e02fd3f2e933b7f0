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
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;

/**
 * {@code ONFT_BUNDLE_CONTROL} (ONF type 2300): {@code bundle_id 32 | type 16 | flags 16 | properties ...}.
 */
final class BundleControlCodec extends OnfMessageCodec<OnfBundleControl> {
    BundleControlCodec() {
        super(2300, OnfBundleControl.class, "ONFT_BUNDLE_CONTROL");
    }

    @Override
    public OnfBundleControl decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        checkLength(body, FIXED);
        final int bundleId = body.readInt();
        final var type = OnfBundleControlType.valueOf(body.readUnsignedShort());
        final int flags = body.readUnsignedShort();
        return new OnfBundleControl(header.xid(), bundleId, type, flags, BundleProperties.read(body));
    }

    @Override
    public void encodeBody(final OnfBundleControl message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.bundleId()).writeShort(message.type().code()).writeShort(message.flags());
        BundleProperties.write(message.properties(), out);
    }
}
