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
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.impl.codec.OfHelloElements;

/**
 * {@code OFPT_HELLO} of OpenFlow 1.0 (type 0, OpenFlow 1.0.0 section 5.5.1). 1.0 defines no body and asks a peer to
 * ignore one; later versions put hello elements there, and a 1.0 HELLO from a switch that also speaks 1.3 carries a
 * version bitmap. So the body is read as elements, exactly as the 1.3 codec reads them (Open vSwitch does the same
 * for every version), into the version-agnostic {@link OfHello} built with the header's version.
 */
final class HelloCodec extends V10MessageCodec<OfHello> {
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
