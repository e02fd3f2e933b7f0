/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static io.tunnelmesh.openflow.impl.ext.nicira.NxWire.key;

import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegMove;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfActionCodecs;
import java.util.List;

/**
 * Codecs of the Nicira actions that read or write fields named by NXM/OXM headers: {@code load} (NXAST_REG_LOAD and
 * NXAST_REG_LOAD2), {@code move} (NXAST_REG_MOVE) and {@code output:field} (NXAST_OUTPUT_REG and NXAST_OUTPUT_REG2),
 * with the subfield checks of Open vSwitch's {@code mf_check_src}/{@code mf_check_dst} done against the width the
 * header gives.
 */
final class NxFieldActionCodecs {
    private NxFieldActionCodecs() {
        // Hidden on purpose
    }

    static List<OfActionCodec<?>> all() {
        return List.of(
            OfActionCodecs.of(key(NxActionRegLoad.SUBTYPE), "NXAST_REG_LOAD", NxActionRegLoad.class, 24,
                (body, context) -> {
                    final int ofsNbits = body.readUnsignedShort();
                    final var dst = NxWire.readField(body, "NXAST_REG_LOAD dst");
                    NxWire.checkSubfield("NXAST_REG_LOAD dst", dst, NxWire.ofs(ofsNbits), NxWire.nbits(ofsNbits));
                    return new NxActionRegLoad(dst, NxWire.ofs(ofsNbits), NxWire.nbits(ofsNbits), body.readLong());
                },
                (action, out, context) -> out.writeShort(NxWire.ofsNbits(action.ofs(), action.nbits()))
                    .writeInt(action.dst().header()).writeLong(action.value())),
            OfActionCodecs.of(key(NxActionRegLoad2.SUBTYPE), "NXAST_REG_LOAD2", NxActionRegLoad2.class,
                OfActionCodecs.VARIABLE,
                (body, context) -> {
                    final var field = context.decodeOxm(body);
                    NxWire.zeroRest(body, OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, "NXAST_REG_LOAD2 padding");
                    return new NxActionRegLoad2(field);
                },
                (action, out, context) -> context.encodeOxm(action.field(), out)),
            OfActionCodecs.of(key(NxActionRegMove.SUBTYPE), "NXAST_REG_MOVE", NxActionRegMove.class,
                OfActionCodecs.VARIABLE,
                (body, context) -> {
                    final int nbits = body.readUnsignedShort();
                    final int srcOfs = body.readUnsignedShort();
                    final int dstOfs = body.readUnsignedShort();
                    final var src = NxWire.readField(body, "NXAST_REG_MOVE src");
                    final var dst = NxWire.readField(body, "NXAST_REG_MOVE dst");
                    NxWire.zeroRest(body, NxErrorCodes.NXBRC_MUST_BE_ZERO, "NXAST_REG_MOVE padding");
                    NxWire.checkSubfield("NXAST_REG_MOVE src", src, srcOfs, nbits);
                    NxWire.checkSubfield("NXAST_REG_MOVE dst", dst, dstOfs, nbits);
                    return new NxActionRegMove(src, srcOfs, dst, dstOfs, nbits);
                },
                (action, out, context) -> {
                    out.writeShort(action.nbits()).writeShort(action.srcOfs()).writeShort(action.dstOfs());
                    NxWire.writeField(out, action.src());
                    NxWire.writeField(out, action.dst());
                }),
            OfActionCodecs.of(key(NxActionOutputReg.SUBTYPE), "NXAST_OUTPUT_REG", NxActionOutputReg.class, 24,
                (body, context) -> {
                    final int ofsNbits = body.readUnsignedShort();
                    final var src = NxWire.readField(body, "NXAST_OUTPUT_REG src");
                    final int maxLength = body.readUnsignedShort();
                    NxWire.zeros(body, 6, OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_OUTPUT_REG zero");
                    NxWire.checkSubfield("NXAST_OUTPUT_REG src", src, NxWire.ofs(ofsNbits), NxWire.nbits(ofsNbits));
                    return new NxActionOutputReg(src, NxWire.ofs(ofsNbits), NxWire.nbits(ofsNbits), maxLength);
                },
                (action, out, context) -> out.writeShort(NxWire.ofsNbits(action.ofs(), action.nbits()))
                    .writeInt(action.src().header()).writeShort(action.maxLength()).writeZero(6)),
            OfActionCodecs.of(key(NxActionOutputReg2.SUBTYPE), "NXAST_OUTPUT_REG2", NxActionOutputReg2.class, 24,
                (body, context) -> {
                    final int ofsNbits = body.readUnsignedShort();
                    final int maxLength = body.readUnsignedShort();
                    final var src = NxWire.readField(body, "NXAST_OUTPUT_REG2 src");
                    NxWire.zeroRest(body, NxErrorCodes.NXBRC_MUST_BE_ZERO, "NXAST_OUTPUT_REG2 padding");
                    NxWire.checkSubfield("NXAST_OUTPUT_REG2 src", src, NxWire.ofs(ofsNbits), NxWire.nbits(ofsNbits));
                    return new NxActionOutputReg2(src, NxWire.ofs(ofsNbits), NxWire.nbits(ofsNbits), maxLength);
                },
                (action, out, context) -> {
                    out.writeShort(NxWire.ofsNbits(action.ofs(), action.nbits())).writeShort(action.maxLength());
                    NxWire.writeField(out, action.src());
                }));
    }
}
