/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.match.OxmField;

/**
 * Codes the payload of one OXM field (OpenFlow 1.3.5 section 7.2.3): everything after the TLV header and, for the
 * experimenter class, after the experimenter id. The registry writes and reads the header and the length; this
 * codec owns the value and the mask.
 * <pre>
 *   +-----------------------------+----------------+----------------------------+
 *   | TLV header (4) [+ exp. (4)] | value (n)      | mask (n, when hasmask = 1) |
 *   +-----------------------------+----------------+----------------------------+
 *                                 |&lt;-- this codec's payload --------------------&gt;|
 * </pre>
 * Basic fields and extension fields (Nicira, ONF, a third party's) register the same way.
 *
 * @param <T> the field's class
 */
public interface OxmFieldCodec<T extends OxmField> {
    /**
     * The wire identity of the field.
     *
     * @return the key
     */
    OxmKey key();

    /**
     * The field's class, by which it is looked up for encoding.
     *
     * @return the class
     */
    Class<T> fieldClass();

    /**
     * Reads the payload.
     *
     * @param hasMask the TLV's hasmask bit
     * @param payload exactly the payload bytes
     * @return the field
     * @throws OfCodecException {@code OFPBMC_BAD_LEN} for a length that does not fit, {@code OFPBMC_BAD_MASK} for a
     *     mask on a field that takes none, {@code OFPBMC_BAD_VALUE} for a value out of range
     */
    T decode(boolean hasMask, ByteBuf payload);

    /**
     * Whether the field is written with a mask.
     *
     * @param field the field
     * @return the hasmask bit to write
     */
    boolean hasMask(T field);

    /**
     * Writes the value and, if {@link #hasMask(OxmField)}, the mask.
     *
     * @param field the field
     * @param out the buffer
     */
    void encodePayload(T field, ByteBuf out);
}
