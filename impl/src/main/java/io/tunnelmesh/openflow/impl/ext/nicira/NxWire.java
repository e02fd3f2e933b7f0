/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorKind;
import io.tunnelmesh.openflow.impl.codec.OfActionCodecs;

/**
 * Wire pieces the Nicira action codecs share: keys, NXM/OXM headers naming fields, {@code ofs_nbits}, must-be-zero
 * bytes, and the length checks of Open vSwitch's {@code ofpact_pull_raw}.
 */
final class NxWire {
    private NxWire() {
        // Hidden on purpose
    }

    static OfActionKey key(final int subtype) {
        return OfActionKey.experimenter(NiciraActionCodecs.NX_VENDOR_ID, subtype);
    }

    static OfCodecException error(final OfErrorKind code, final String detail) {
        return new OfCodecException(code, detail);
    }

    /** The action's total length, from its body after the subtype. */
    static int actionLength(final ByteBuf body) {
        return body.readableBytes() + OfActionCodecs.EXPERIMENTER_HEADER;
    }

    /** Open vSwitch's minimum length check of variable-length actions ({@code struct X, ...}). */
    static void checkMinLength(final String name, final ByteBuf body, final int min) {
        if (actionLength(body) < min) {
            throw error(OfErrorCode.OFPBAC_BAD_LEN, name + " length " + actionLength(body) + " < " + min);
        }
    }

    /**
     * Reads an NXM/OXM header, 8 bytes for an experimenter (class 0xffff) one, as {@code nx_pull_header} does.
     *
     * @throws OfCodecException {@code OFPBMC_BAD_LEN} if it does not fit, as Open vSwitch answers
     */
    static NxFieldRef readField(final ByteBuf in, final String name) {
        if (in.readableBytes() < 4) {
            throw error(OfErrorCode.OFPBMC_BAD_LEN, name + " field header needs 4 bytes, " + in.readableBytes()
                + " left");
        }
        final int header = in.readInt();
        if (header >>> 16 != NxFieldRef.EXPERIMENTER_CLASS) {
            return NxFieldRef.of(header);
        }
        if (in.readableBytes() < 4 || (header & 0xff) < 4) {
            throw error(OfErrorCode.OFPBMC_BAD_LEN, String.format("%s experimenter field header 0x%08x is "
                + "truncated", name, header));
        }
        return new NxFieldRef(header, in.readInt());
    }

    static void writeField(final ByteBuf out, final NxFieldRef field) {
        out.writeInt(field.header());
        if (field.isExperimenter()) {
            out.writeInt(field.experimenter());
        }
    }

    /**
     * Checks a subfield as {@code mf_check_src}/{@code mf_check_dst} do.
     *
     * @throws OfCodecException {@code OFPBAC_BAD_SET_TYPE} for a field of length 0, {@code OFPBAC_BAD_SET_LEN} for
     *     bits outside the field
     */
    static void checkSubfield(final String name, final NxFieldRef field, final int ofs, final int nbits) {
        if (field.length() == 0) {
            throw error(OfErrorCode.OFPBAC_BAD_SET_TYPE, name + " field " + field + " is not a field");
        }
        if (!field.contains(ofs, nbits)) {
            throw error(OfErrorCode.OFPBAC_BAD_SET_LEN, name + " bits [" + ofs + ", +" + nbits + ") exceed the "
                + field.width() + "-bit field " + field);
        }
    }

    static int ofs(final int ofsNbits) {
        return ofsNbits >>> 6;
    }

    static int nbits(final int ofsNbits) {
        return (ofsNbits & 0x3f) + 1;
    }

    static int ofsNbits(final int ofs, final int nbits) {
        return ofs << 6 | nbits - 1;
    }

    /** Reads {@code count} bytes that must be zero. */
    static void zeros(final ByteBuf in, final int count, final OfErrorKind code, final String what) {
        for (int i = 0; i < count; i++) {
            if (in.readByte() != 0) {
                throw error(code, what + " must be zero");
            }
        }
    }

    /** Reads the rest of the body, which must be zero. */
    static void zeroRest(final ByteBuf in, final OfErrorKind code, final String what) {
        zeros(in, in.readableBytes(), code, what);
    }
}
