/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfExperimenter;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartPart;

/**
 * A multipart reply part for tests, while the real multipart messages are being written: an {@code OFPT_EXPERIMENTER}
 * on the wire (so the frame stage measures real bytes), turned into a part by {@link Converter} right after the
 * message decoder. {@code exp_type} 1 means "more parts follow".
 *
 * @param xid the xid
 * @param more whether more parts follow
 * @param size the size of the experimenter data
 */
record OfTestPart(int xid, boolean more, int size) implements OfExtensionMessage, OfMultipartPart {
    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }

    /** Turns experimenter messages of experimenter id 0x7e57 into parts. */
    static final class Converter extends ChannelInboundHandlerAdapter {
        static final int EXPERIMENTER = 0x7e57;

        @Override
        public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
            if (msg instanceof OfExperimenter experimenter && experimenter.experimenter() == EXPERIMENTER) {
                ctx.fireChannelRead(new OfTestPart(experimenter.xid(), experimenter.expType() == 1,
                    experimenter.data().length()));
            } else {
                ctx.fireChannelRead(msg);
            }
        }
    }
}
