/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.action.OfAction;

/**
 * Codes the body of one action (OpenFlow 1.3.5 section 7.2.5). The registry writes and reads the type, the length
 * and, for experimenter actions, the experimenter id and subtype; it pads the action to a multiple of 8 bytes and
 * back-patches its length. This codec owns what follows.
 *
 * @param <T> the action's class
 */
public interface OfActionCodec<T extends OfAction> {
    /**
     * The wire identity of the action.
     *
     * @return the key
     */
    OfActionKey key();

    /**
     * The action's class, by which it is looked up for encoding.
     *
     * @return the class
     */
    Class<T> actionClass();

    /**
     * Reads the body. Fewer than 8 bytes may be left unread (padding); more is an {@code OFPBAC_BAD_LEN}.
     *
     * @param body the bytes after the header (after the subtype for an experimenter action), padding included
     * @param context nested structures (a {@code ct} action holds actions)
     * @return the action
     * @throws OfCodecException with an {@code OFPBAC_*} code if the body is malformed
     */
    T decode(ByteBuf body, OfCodecContext context);

    /**
     * Writes the body; the registry pads it.
     *
     * @param action the action
     * @param out the buffer
     * @param context nested structures
     */
    void encodeBody(T action, ByteBuf out, OfCodecContext context);
}
