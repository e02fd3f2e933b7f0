/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;

/**
 * Encodes and decodes {@code ofp_match} of type {@code OFPMT_OXM} (OpenFlow 1.3.5 section 7.2.2).
 * <pre>
 *   +-------------+-------------+------------------------------+----------------------+
 *   | type = 1    | length (16) | OXM fields, length - 4 bytes | zero pad to 8 bytes  |
 *   +-------------+-------------+------------------------------+----------------------+
 * </pre>
 * The length is back-patched once the fields are written; it excludes the padding.
 */
final class MatchCodec {
    /** {@code OFPMT_OXM}. */
    private static final int OFPMT_OXM = 1;
    /** Type and length. */
    private static final int HEADER_LENGTH = 4;

    private MatchCodec() {
        // Hidden on purpose
    }

    static void encode(final OfMatch match, final ByteBuf out) {
        final int start = out.writerIndex();
        out.writeShort(OFPMT_OXM);
        out.writeShort(0);
        for (var field : match.fields()) {
            OxmCodec.encode(field, out);
        }
        OfWire.patchLength(out, start, 2, out.writerIndex() - start, OfErrorCode.OFPBMC_BAD_LEN);
        OfWire.pad(out, start);
    }

    static OfMatch decode(final ByteBuf in) {
        if (in.readableBytes() < HEADER_LENGTH) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, "match needs 4 bytes, " + in.readableBytes()
                + " left");
        }
        final int type = in.readUnsignedShort();
        if (type != OFPMT_OXM) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_TYPE, "match type " + type + " is not OFPMT_OXM");
        }
        final int length = in.readUnsignedShort();
        final int padded = length + OfWire.padding(length);
        if (length < HEADER_LENGTH || in.readableBytes() < padded - HEADER_LENGTH) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, "match length " + length + " (padded " + padded
                + ") does not fit the " + (in.readableBytes() + HEADER_LENGTH) + " bytes left");
        }
        final var tlvs = in.readSlice(length - HEADER_LENGTH);
        in.skipBytes(padded - length);
        final var fields = new ArrayList<OxmField>();
        while (tlvs.isReadable()) {
            fields.add(OxmCodec.decode(tlvs));
        }
        return fields.isEmpty() ? OfMatch.ALL : new OfMatch(fields);
    }
}
