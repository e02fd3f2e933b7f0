/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableRequest;

/**
 * {@code NXT_TLV_TABLE_REQUEST} (Nicira subtype 25): no body.
 */
final class TlvTableRequestCodec extends NiciraMessageCodec<NxTlvTableRequest> {
    TlvTableRequestCodec() {
        super(25, NxTlvTableRequest.class, "NXT_TLV_TABLE_REQUEST");
    }

    @Override
    public NxTlvTableRequest decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return new NxTlvTableRequest(header.xid());
    }

    @Override
    public void encodeBody(final NxTlvTableRequest message, final ByteBuf out, final OfCodecContext context) {
        // No body
    }
}
