/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static io.tunnelmesh.openflow.impl.ext.nicira.NxWire.key;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionNat;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfActionCodecs;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Codecs of {@code ct} (NXAST_CT, with its nested actions coded through the context) and {@code nat} (NXAST_NAT,
 * whose optional range fields are announced by {@code range_present}), checked as Open vSwitch's
 * {@code decode_NXAST_RAW_CT} and {@code decode_NXAST_RAW_NAT} check them.
 */
final class NxConntrackCodecs {
    private static final int CT_LENGTH = 24;
    private static final int IPV4_MIN = 1;
    private static final int IPV4_MAX = 2;
    private static final int IPV6_MIN = 4;
    private static final int IPV6_MAX = 8;
    private static final int PROTO_MIN = 16;
    private static final int PROTO_MAX = 32;
    private static final int RANGES = 0x3f;

    private NxConntrackCodecs() {
        // Hidden on purpose
    }

    static List<OfActionCodec<?>> all() {
        return List.of(
            OfActionCodecs.of(key(NxActionCt.SUBTYPE), "NXAST_CT", NxActionCt.class, OfActionCodecs.VARIABLE,
                NxConntrackCodecs::decodeCt, NxConntrackCodecs::encodeCt),
            OfActionCodecs.of(key(NxActionNat.SUBTYPE), "NXAST_NAT", NxActionNat.class, OfActionCodecs.VARIABLE,
                (body, context) -> decodeNat(body), (action, out, context) -> encodeNat(action, out)));
    }

    private static NxActionCt decodeCt(final ByteBuf body, final OfCodecContext context) {
        NxWire.checkMinLength("NXAST_CT", body, CT_LENGTH);
        final int flags = body.readUnsignedShort();
        final int zoneSrc = body.readInt();
        final int zoneValue = body.readUnsignedShort();
        final int recircTable = body.readUnsignedByte();
        body.skipBytes(3);
        final int alg = body.readUnsignedShort();
        final NxActionCt.Zone zone;
        if (zoneSrc == 0) {
            zone = new NxActionCt.ImmediateZone(zoneValue);
        } else {
            final var field = NxFieldRef.of(zoneSrc);
            NxWire.checkSubfield("NXAST_CT zone", field, NxWire.ofs(zoneValue), NxWire.nbits(zoneValue));
            if (NxWire.nbits(zoneValue) != NxActionCt.FieldZone.NBITS) {
                throw NxWire.error(OfErrorCode.OFPBAC_BAD_SET_LEN, "NXAST_CT zone is " + NxWire.nbits(zoneValue)
                    + " bits, not 16");
            }
            zone = new NxActionCt.FieldZone(field, NxWire.ofs(zoneValue));
        }
        return new NxActionCt(flags, zone, recircTable, alg, context.decodeActions(body));
    }

    private static void encodeCt(final NxActionCt action, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(action.flags());
        switch (action.zone()) {
            case NxActionCt.ImmediateZone immediate -> out.writeInt(0).writeShort(immediate.zone());
            case NxActionCt.FieldZone field -> out.writeInt(field.field().header())
                .writeShort(NxWire.ofsNbits(field.ofs(), NxActionCt.FieldZone.NBITS));
        }
        out.writeByte(action.recircTable()).writeZero(3).writeShort(action.alg());
        context.encodeActions(action.actions(), out);
    }

    private static NxActionNat decodeNat(final ByteBuf body) {
        body.skipBytes(2);
        final int flags = body.readUnsignedShort();
        final int present = body.readUnsignedShort();
        if ((present & ~RANGES) != 0) {
            // Open vSwitch ignores these bits, and would not re-encode them
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_NAT range_present 0x"
                + Integer.toHexString(present) + " has unknown bits");
        }
        if ((present & IPV4_MIN) != 0 && (present & (IPV6_MIN | IPV6_MAX)) != 0
                || (present & IPV4_MAX) != 0 && (present & IPV4_MIN) == 0
                || (present & IPV6_MAX) != 0 && (present & (IPV6_MIN | IPV4_MIN)) != IPV6_MIN
                || (present & PROTO_MAX) != 0 && (present & PROTO_MIN) == 0
                || (present & PROTO_MIN) != 0 && (present & (IPV4_MIN | IPV6_MIN)) == 0) {
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_NAT range_present 0x"
                + Integer.toHexString(present) + " is inconsistent");
        }
        final boolean v4 = (present & IPV4_MIN) != 0;
        final int addressLength = v4 ? 4 : 16;
        final @Nullable InetAddress min = (present & (IPV4_MIN | IPV6_MIN)) != 0 ? address(body, addressLength)
            : null;
        final @Nullable InetAddress max = (present & (IPV4_MAX | IPV6_MAX)) != 0 ? address(body, addressLength)
            : null;
        final int minPort = (present & PROTO_MIN) != 0 ? port(body) : 0;
        final int maxPort = (present & PROTO_MAX) != 0 ? port(body) : 0;
        if ((present & PROTO_MIN) != 0 && minPort == 0 || (present & PROTO_MAX) != 0 && maxPort == 0) {
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_NAT port range " + minPort + "-" + maxPort
                + " has a zero port");
        }
        // What remains is padding; the record checks flags, zero and ordering (OFPBAC_BAD_ARGUMENT)
        return new NxActionNat(flags, min, max, minPort, maxPort);
    }

    private static InetAddress address(final ByteBuf body, final int length) {
        if (body.readableBytes() < length) {
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_NAT range address does not fit");
        }
        return length == 4 ? OfWire.readIpv4(body) : OfWire.readIpv6(body);
    }

    private static int port(final ByteBuf body) {
        if (body.readableBytes() < 2) {
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_NAT range port does not fit");
        }
        return body.readUnsignedShort();
    }

    private static void encodeNat(final NxActionNat action, final ByteBuf out) {
        final var min = action.minAddress();
        final var max = action.maxAddress();
        final boolean v4 = min instanceof Inet4Address;
        int present = 0;
        if (min != null) {
            present |= v4 ? IPV4_MIN : IPV6_MIN;
        }
        if (max != null) {
            present |= v4 ? IPV4_MAX : IPV6_MAX;
        }
        present |= (action.minPort() != 0 ? PROTO_MIN : 0) | (action.maxPort() != 0 ? PROTO_MAX : 0);
        out.writeZero(2).writeShort(action.flags()).writeShort(present);
        if (min != null) {
            OfWire.writeAddress(out, min);
        }
        if (max != null) {
            OfWire.writeAddress(out, max);
        }
        if (action.minPort() != 0) {
            out.writeShort(action.minPort());
        }
        if (action.maxPort() != 0) {
            out.writeShort(action.maxPort());
        }
    }
}
