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
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.impl.codec.OfHelloElements;

/**
 * {@code OFPT_HELLO} (type 0, OpenFlow 1.3.5 section 7.5.1): header, then elements, each padded to 8 bytes. The
 * version bitmap element is modelled, any other element is kept opaque. The decoder reads the version from the
 * header, so the pipeline may use this codec for a HELLO of any version (section 6.3.1: a HELLO must be understood
 * whatever version it announces).
 */
final class HelloCodec extends V13MessageCodec<OfHello> {
    HelloCodec() {
        super(0, OfHello.class, 8);
    }

    @Override
    public OfHello decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return OfHelloElements.decode(header, body);
    }

    @Override
    public void encodeBody(final OfHello message, final ByteBuf out, final OfCodecContext context) {
        OfHelloElements.encode(message, out);
    }
}
