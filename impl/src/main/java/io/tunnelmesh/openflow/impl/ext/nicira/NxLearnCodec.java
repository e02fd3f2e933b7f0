/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionLearn;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.ext.nicira.NxLearnSpec;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfActionCodecs;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;

/**
 * The codec of {@code learn} (NXAST_LEARN): the fixed part, then {@code flow_mod_spec}s up to the end of the action
 * or a zero spec header, checked as Open vSwitch's {@code decode_LEARN_common} and {@code decode_LEARN_specs} do.
 */
final class NxLearnCodec {
    private static final int MIN_LENGTH = 32;
    private static final int SRC_IMMEDIATE = 1 << 13;
    private static final int DST_SHIFT = 11;
    private static final int DST_LOAD = 1;
    private static final int DST_OUTPUT = 2;
    private static final int RESERVED_BITS = 0xc000;
    private static final int SUBFIELD_BYTES = 6;

    private NxLearnCodec() {
        // Hidden on purpose
    }

    static OfActionCodec<NxActionLearn> codec() {
        return OfActionCodecs.of(NxWire.key(NxActionLearn.SUBTYPE), "NXAST_LEARN", NxActionLearn.class,
            OfActionCodecs.VARIABLE, NxLearnCodec::decode, NxLearnCodec::encode);
    }

    private static NxActionLearn decode(final ByteBuf body, final OfCodecContext context) {
        NxWire.checkMinLength("NXAST_LEARN", body, MIN_LENGTH);
        final int idleTimeout = body.readUnsignedShort();
        final int hardTimeout = body.readUnsignedShort();
        final int priority = body.readUnsignedShort();
        final long cookie = body.readLong();
        final int flags = body.readUnsignedShort();
        final int tableId = body.readUnsignedByte();
        NxWire.zeros(body, 1, OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_LEARN pad");
        final int finIdleTimeout = body.readUnsignedShort();
        final int finHardTimeout = body.readUnsignedShort();
        final var specs = new ArrayList<NxLearnSpec>();
        while (body.readableBytes() >= 2) {
            final int header = body.readUnsignedShort();
            if (header == 0) {
                break;
            }
            specs.add(decodeSpec(header, body));
        }
        NxWire.zeroRest(body, OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_LEARN bytes after the last spec");
        return new NxActionLearn(idleTimeout, hardTimeout, priority, cookie, flags, tableId, finIdleTimeout,
            finHardTimeout, specs);
    }

    private static NxLearnSpec decodeSpec(final int header, final ByteBuf body) {
        final boolean immediate = (header & SRC_IMMEDIATE) != 0;
        final int dst = header >>> DST_SHIFT & 3;
        final int nbits = header & NxLearnSpec.MAX_BITS;
        if ((header & RESERVED_BITS) != 0 || dst == 3 || dst == DST_OUTPUT && immediate) {
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_ARGUMENT, String.format("NXAST_LEARN spec header 0x%04x is "
                + "not a defined source and destination", header));
        }
        final int needed = (immediate ? NxLearnSpec.valueLength(nbits) : SUBFIELD_BYTES)
            + (dst == DST_OUTPUT ? 0 : SUBFIELD_BYTES);
        if (body.readableBytes() < needed) {
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_LEN, "NXAST_LEARN spec needs " + needed + " bytes, "
                + body.readableBytes() + " left");
        }
        if (immediate) {
            final var value = OfWire.readBytes(body, NxLearnSpec.valueLength(nbits));
            final var field = NxFieldRef.of(body.readInt());
            final int ofs = body.readUnsignedShort();
            return dst == 0 ? new NxLearnSpec.MatchValue(nbits, value, field, ofs)
                : new NxLearnSpec.LoadValue(nbits, value, field, ofs);
        }
        final var src = NxFieldRef.of(body.readInt());
        final int srcOfs = body.readUnsignedShort();
        if (dst == DST_OUTPUT) {
            return new NxLearnSpec.OutputField(nbits, src, srcOfs);
        }
        final var field = NxFieldRef.of(body.readInt());
        final int ofs = body.readUnsignedShort();
        return dst == 0 ? new NxLearnSpec.MatchField(nbits, src, srcOfs, field, ofs)
            : new NxLearnSpec.LoadField(nbits, src, srcOfs, field, ofs);
    }

    private static void encode(final NxActionLearn action, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(action.idleTimeout()).writeShort(action.hardTimeout()).writeShort(action.priority())
            .writeLong(action.cookie()).writeShort(action.flags()).writeByte(action.tableId()).writeZero(1)
            .writeShort(action.finIdleTimeout()).writeShort(action.finHardTimeout());
        for (var spec : action.specs()) {
            switch (spec) {
                case NxLearnSpec.MatchField s -> {
                    out.writeShort(s.nbits()); // src field, dst match: both 0
                    subfield(out, s.src(), s.srcOfs());
                    subfield(out, s.dst(), s.dstOfs());
                }
                case NxLearnSpec.MatchValue s -> {
                    out.writeShort(s.nbits() | SRC_IMMEDIATE);
                    OfWire.writeBytes(out, s.value());
                    subfield(out, s.dst(), s.dstOfs());
                }
                case NxLearnSpec.LoadField s -> {
                    out.writeShort(s.nbits() | DST_LOAD << DST_SHIFT);
                    subfield(out, s.src(), s.srcOfs());
                    subfield(out, s.dst(), s.dstOfs());
                }
                case NxLearnSpec.LoadValue s -> {
                    out.writeShort(s.nbits() | SRC_IMMEDIATE | DST_LOAD << DST_SHIFT);
                    OfWire.writeBytes(out, s.value());
                    subfield(out, s.dst(), s.dstOfs());
                }
                case NxLearnSpec.OutputField s -> {
                    out.writeShort(s.nbits() | DST_OUTPUT << DST_SHIFT);
                    subfield(out, s.src(), s.srcOfs());
                }
            }
        }
    }

    private static void subfield(final ByteBuf out, final NxFieldRef field, final int ofs) {
        out.writeInt(field.header()).writeShort(ofs);
    }
}
