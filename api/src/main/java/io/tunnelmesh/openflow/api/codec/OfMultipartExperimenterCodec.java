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
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartBody;

/**
 * Codes the body of one {@code OFPMP_EXPERIMENTER} multipart request or reply (OpenFlow 1.3.5 section 7.3.5.15,
 * {@code ofp_experimenter_multipart_header}), registered by (version, experimenter, exp_type, direction). The
 * registry writes and reads the multipart header, the experimenter id and the exp_type; this codec owns what follows.
 * <pre>
 *   | multipart header | experimenter (32) | exp_type (32) | body ... |
 *                                                          |&lt;- this -&gt;|
 * </pre>
 * The direction is the body class's: an {@link
 * io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestExtension} codes requests, an {@link
 * io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyExtension} replies. Pairs nobody registered decode into
 * the opaque {@code OfExperimenterMultipartRequest} and {@code OfExperimenterMultipartReply}.
 *
 * @param <T> the body class
 */
public interface OfMultipartExperimenterCodec<T extends OfMultipartBody> {
    /**
     * The protocol version.
     *
     * @return the version
     */
    OfVersion version();

    /**
     * The experimenter id, such as {@code 0x00002320} for Nicira.
     *
     * @return the id
     */
    int experimenter();

    /**
     * The experimenter's multipart type.
     *
     * @return the type
     */
    int expType();

    /**
     * The body's class, by which it is looked up for encoding and which gives the direction.
     *
     * @return a class implementing exactly one of {@code OfMultipartRequestExtension} and
     *     {@code OfMultipartReplyExtension}
     */
    Class<T> bodyClass();

    /**
     * Reads the body; every byte must be consumed.
     *
     * @param body the bytes after {@code exp_type}
     * @param context nested structures
     * @return the body
     * @throws OfCodecException if the body is malformed
     */
    T decode(ByteBuf body, OfCodecContext context);

    /**
     * Writes the body.
     *
     * @param body the body
     * @param out the buffer
     * @param context nested structures
     */
    void encodeBody(T body, ByteBuf out, OfCodecContext context);
}
