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
import io.tunnelmesh.openflow.api.message.OfMessage;

/**
 * Encodes and decodes the body of one OpenFlow message type of one protocol version. A codec declares its key
 * ({@link #version()}, {@link #type()}) and the message class it handles; a registry built once holds exactly one
 * codec per key and refuses duplicates.
 *
 * <p>The pipeline owns the eight-byte {@link OfHeader}: on decode it hands the codec a slice holding exactly the
 * body ({@code length - 8} bytes, already bounds-checked against {@link #minLength()}); on encode it writes the
 * header, lets the codec append the body, then back-patches the length. A codec therefore never sees another
 * message's bytes and never computes its own length twice.
 *
 * <p>Implementations are stateless and thread-safe: one instance serves every connection.
 *
 * @param <T> the message type
 */
public interface OfMessageCodec<T extends OfMessage> {
    /**
     * The protocol version this codec speaks.
     *
     * @return the version, part of the registry key
     */
    OfVersion version();

    /**
     * The message type code in {@link #version()}, such as 14 for {@code OFPT_FLOW_MOD} in OpenFlow 1.3.
     *
     * @return the type, part of the registry key
     */
    int type();

    /**
     * The message class this codec encodes. It may be a sealed interface, in which case the codec encodes every
     * record it permits (an {@code OFPT_ERROR} is either a standard or an experimenter error).
     *
     * @return the class
     */
    Class<T> messageClass();

    /**
     * The shortest valid message of this type, header included, as the spec's size assertions give it.
     *
     * @return at least {@value OfHeader#LENGTH}
     */
    int minLength();

    /**
     * Decodes a message body.
     *
     * @param header the header already read
     * @param body exactly the body bytes; the codec must consume all of them
     * @param context the structure codecs (match, actions, instructions) of the registry
     * @return the message
     * @throws OfCodecException if the body is malformed
     * @throws IndexOutOfBoundsException if the body is shorter than its contents claim
     */
    T decode(OfHeader header, ByteBuf body, OfCodecContext context);

    /**
     * Appends the body of a message, everything after the header.
     *
     * @param message the message
     * @param out the buffer to write to
     * @param context the structure codecs (match, actions, instructions) of the registry
     * @throws OfCodecException if the message cannot be expressed on the wire
     */
    void encodeBody(T message, ByteBuf out, OfCodecContext context);
}
