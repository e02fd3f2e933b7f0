/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OxmFieldFamilyCodec;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunMetadata;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The codec of one {@code NXM_NX_TUN_METADATA<index>} field (class 0x0001, field 40 + index): a variable-length
 * payload of 1 to 124 bytes, or twice as many when masked (value then a mask of the same length), as Open vSwitch's
 * {@code nx_put_raw} writes it. A length outside that range is {@code OFPBMC_BAD_LEN}, an odd masked length too.
 */
final class TunMetadataCodec implements OxmFieldFamilyCodec<NxmTunMetadata> {
    /** The field number of {@code NXM_NX_TUN_METADATA0}. */
    static final int FIRST_FIELD = 40;
    private static final List<OxmKey> KEYS = IntStream.range(0, NxmTunMetadata.COUNT)
        .mapToObj(index -> new OxmKey(OxmKey.NXM_1, FIRST_FIELD + index, 0)).toList();

    private final int index;

    TunMetadataCodec(final int index) {
        this.index = index;
    }

    /**
     * The codecs of all 64 fields.
     *
     * @return one codec per field, in index order
     */
    static List<TunMetadataCodec> all() {
        return IntStream.range(0, NxmTunMetadata.COUNT).mapToObj(TunMetadataCodec::new).toList();
    }

    @Override
    public OxmKey key() {
        return KEYS.get(index);
    }

    @Override
    public Class<NxmTunMetadata> fieldClass() {
        return NxmTunMetadata.class;
    }

    @Override
    public OxmKey keyOf(final NxmTunMetadata field) {
        return KEYS.get(field.index());
    }

    @Override
    public NxmTunMetadata decode(final boolean hasMask, final ByteBuf payload) {
        final int length = payload.readableBytes();
        final int valueLength = hasMask ? length / 2 : length;
        if (valueLength < 1 || valueLength > NxmTunMetadata.MAX_LENGTH || hasMask && length % 2 != 0) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, "NXM_NX_TUN_METADATA" + index + " length "
                + length + (hasMask ? " is not twice a value of 1 to 124 bytes" : " is not 1 to 124"));
        }
        final var value = OfWire.readBytes(payload, valueLength);
        return hasMask ? NxmTunMetadata.masked(index, value, OfWire.readBytes(payload, valueLength))
            : NxmTunMetadata.of(index, value);
    }

    @Override
    public boolean hasMask(final NxmTunMetadata field) {
        return field.mask() != null;
    }

    @Override
    public void encodePayload(final NxmTunMetadata field, final ByteBuf out) {
        OfWire.writeBytes(out, field.value());
        final var mask = field.mask();
        if (mask != null) {
            OfWire.writeBytes(out, mask);
        }
    }

    @Override
    public String toString() {
        return "NXM_NX_TUN_METADATA" + index + " codec " + key();
    }
}
