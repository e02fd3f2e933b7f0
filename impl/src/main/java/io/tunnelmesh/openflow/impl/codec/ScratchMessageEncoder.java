/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.tunnelmesh.openflow.api.message.OfMessage;

/**
 * The scratch path of a built-in message codec: the same body its {@code encodeBody(T, ByteBuf, ...)} writes, into a
 * {@link ScratchWriter}. Internal, not part of the codec SPI: a third party's codec writes to the {@code ByteBuf},
 * and a message holding a part no built-in codec writes here (a third party's field or action) makes this return
 * {@code false}, after which the registry encodes the whole message again through the {@code ByteBuf} path.
 *
 * @param <T> the message class
 */
public interface ScratchMessageEncoder<T extends OfMessage> {
    /**
     * Writes the message body, everything after the header.
     *
     * @param message the message
     * @param out the scratch writer
     * @param structures the match, action and instruction encoders of the version
     * @return {@code false} if some part has no scratch path; what was written is then discarded
     */
    boolean encodeBody(T message, ScratchWriter out, ScratchStructureEncoder structures);
}
