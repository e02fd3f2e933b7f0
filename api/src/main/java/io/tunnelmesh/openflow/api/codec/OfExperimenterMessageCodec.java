/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;

/**
 * Codes the body of one experimenter message (OpenFlow 1.3.5 section 7.5.4, {@code OFPT_EXPERIMENTER}): what follows
 * the experimenter id and the 32-bit experimenter type. The registry dispatches {@code OFPT_EXPERIMENTER} messages to
 * the codec registered for their (version, experimenter, type); an unregistered pair decodes as an opaque
 * {@link io.tunnelmesh.openflow.api.message.OfExperimenter} that re-encodes byte for byte.
 * <pre>
 *   | header 8 | experimenter 32 | exp_type 32 | body (this codec) ... |
 * </pre>
 *
 * @param <T> the message's class
 */
public interface OfExperimenterMessageCodec<T extends OfExtensionMessage> {
    /**
     * The protocol version.
     *
     * @return the version
     */
    OfVersion version();

    /**
     * The experimenter id, such as {@code 0x4f4e4600} for ONF.
     *
     * @return the id
     */
    int experimenter();

    /**
     * The experimenter's message type, such as 2300 for {@code ONFT_BUNDLE_CONTROL}.
     *
     * @return the type
     */
    int expType();

    /**
     * The message's class, by which it is looked up for encoding.
     *
     * @return the class
     */
    Class<T> messageClass();

    /**
     * Reads the body; every byte must be consumed.
     *
     * @param header the message header
     * @param body the bytes after {@code exp_type}
     * @param context nested structures
     * @return the message
     * @throws OfCodecException if the body is malformed
     */
    T decode(OfHeader header, ByteBuf body, OfCodecContext context);

    /**
     * Writes the body.
     *
     * @param message the message
     * @param out the buffer
     * @param context nested structures
     */
    void encodeBody(T message, ByteBuf out, OfCodecContext context);
}
