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
import io.tunnelmesh.openflow.api.message.OfExperimenter;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_EXPERIMENTER} (type 4, OpenFlow 1.3.5 section 7.5.4): experimenter id, experimenter type, opaque
 * data. Every experimenter message decodes here for now, so an unknown vendor message never kills a connection;
 * extension codecs will take over specific (experimenter, exp_type) pairs.
 */
final class ExperimenterCodec extends V13MessageCodec<OfExperimenter> {
    ExperimenterCodec() {
        super(4, OfExperimenter.class, 16);
    }

    @Override
    public OfExperimenter decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return new OfExperimenter(header.xid(), body.readInt(), body.readInt(), OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final OfExperimenter message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.experimenter()).writeInt(message.expType());
        OfWire.writeBytes(out, message.data());
    }
}
