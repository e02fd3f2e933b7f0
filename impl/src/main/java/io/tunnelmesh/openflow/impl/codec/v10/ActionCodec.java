/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10Action;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionEnqueue;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionOutput;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwTos;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanPcp;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanVid;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionStripVlan;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionUnknown;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionVendor;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes OpenFlow 1.0 action lists (section 5.2.4). Every action is a multiple of 8 bytes; the
 * standard types have one fixed length each, and an action of a standard type with another length is
 * {@code OFPBAC_BAD_LEN}, as Open vSwitch answers. Vendor actions and types 1.0 does not define decode into opaque
 * records that re-encode byte for byte, so a flow-stats reply from a switch with extensions is never lost. Padding
 * is written as zeros.
 */
final class ActionCodec {
    private static final int HEADER = 4;
    private static final int SHORT = 8;
    private static final int LONG = 16;

    private ActionCodec() {
        // Hidden on purpose
    }

    /**
     * Reads actions up to the end of the buffer.
     *
     * @param in exactly the bytes of an action list
     * @return the actions
     * @throws OfCodecException {@code OFPBAC_BAD_LEN} for a length that is short, not a multiple of 8, past the end
     *     of the list or not the one its type has
     */
    static List<Of10Action> decodeList(final ByteBuf in) {
        if (!in.isReadable()) {
            return List.of();
        }
        final var actions = new ArrayList<Of10Action>();
        while (in.isReadable()) {
            actions.add(decode(in));
        }
        return actions;
    }

    private static Of10Action decode(final ByteBuf in) {
        if (in.readableBytes() < SHORT) {
            throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, "action needs 8 bytes, " + in.readableBytes()
                + " left");
        }
        final int type = in.readUnsignedShort();
        final int length = in.readUnsignedShort();
        if (length < SHORT || length % 8 != 0 || length - HEADER > in.readableBytes()) {
            throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, "action type " + type + " length " + length
                + " is not a multiple of 8 within the " + (in.readableBytes() + HEADER) + " bytes left");
        }
        final int expected = switch (type) {
            case Of10Action.OFPAT_SET_DL_SRC, Of10Action.OFPAT_SET_DL_DST, Of10Action.OFPAT_ENQUEUE -> LONG;
            case Of10Action.OFPAT_VENDOR -> length;
            default -> Of10Action.isStandard(type) ? SHORT : length;
        };
        if (length != expected) {
            throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, "action type " + type + " length " + length
                + " != " + expected);
        }
        final var body = in.readSlice(length - HEADER);
        return switch (type) {
            case Of10Action.OFPAT_OUTPUT -> new Of10ActionOutput(body.readUnsignedShort(), body.readUnsignedShort());
            case Of10Action.OFPAT_SET_VLAN_VID -> new Of10ActionSetVlanVid(body.readUnsignedShort());
            case Of10Action.OFPAT_SET_VLAN_PCP -> new Of10ActionSetVlanPcp(body.readUnsignedByte());
            case Of10Action.OFPAT_STRIP_VLAN -> Of10ActionStripVlan.INSTANCE;
            case Of10Action.OFPAT_SET_DL_SRC -> new Of10ActionSetDlSrc(OfWire.readMac(body));
            case Of10Action.OFPAT_SET_DL_DST -> new Of10ActionSetDlDst(OfWire.readMac(body));
            case Of10Action.OFPAT_SET_NW_SRC -> new Of10ActionSetNwSrc(OfWire.readIpv4(body));
            case Of10Action.OFPAT_SET_NW_DST -> new Of10ActionSetNwDst(OfWire.readIpv4(body));
            case Of10Action.OFPAT_SET_NW_TOS -> new Of10ActionSetNwTos(body.readUnsignedByte());
            case Of10Action.OFPAT_SET_TP_SRC -> new Of10ActionSetTpSrc(body.readUnsignedShort());
            case Of10Action.OFPAT_SET_TP_DST -> new Of10ActionSetTpDst(body.readUnsignedShort());
            case Of10Action.OFPAT_ENQUEUE -> {
                final int port = body.readUnsignedShort();
                body.skipBytes(6);
                yield new Of10ActionEnqueue(port, body.readInt());
            }
            case Of10Action.OFPAT_VENDOR -> new Of10ActionVendor(body.readInt(), OfWire.readRest(body));
            default -> new Of10ActionUnknown(type, OfWire.readRest(body));
        };
    }

    /**
     * Writes actions.
     *
     * @param actions the actions
     * @param out the buffer
     */
    static void encodeList(final List<Of10Action> actions, final ByteBuf out) {
        for (var action : actions) {
            encode(action, out);
        }
    }

    private static void encode(final Of10Action action, final ByteBuf out) {
        final int start = out.writerIndex();
        out.writeInt(0);
        final int type = switch (action) {
            case Of10ActionOutput a -> {
                out.writeShort(a.port()).writeShort(a.maxLength());
                yield Of10Action.OFPAT_OUTPUT;
            }
            case Of10ActionSetVlanVid a -> {
                out.writeShort(a.vlanVid());
                yield Of10Action.OFPAT_SET_VLAN_VID;
            }
            case Of10ActionSetVlanPcp a -> {
                out.writeByte(a.vlanPcp());
                yield Of10Action.OFPAT_SET_VLAN_PCP;
            }
            case Of10ActionStripVlan a -> Of10Action.OFPAT_STRIP_VLAN;
            case Of10ActionSetDlSrc a -> {
                OfWire.writeMac(out, a.address());
                yield Of10Action.OFPAT_SET_DL_SRC;
            }
            case Of10ActionSetDlDst a -> {
                OfWire.writeMac(out, a.address());
                yield Of10Action.OFPAT_SET_DL_DST;
            }
            case Of10ActionSetNwSrc a -> {
                OfWire.writeAddress(out, a.address());
                yield Of10Action.OFPAT_SET_NW_SRC;
            }
            case Of10ActionSetNwDst a -> {
                OfWire.writeAddress(out, a.address());
                yield Of10Action.OFPAT_SET_NW_DST;
            }
            case Of10ActionSetNwTos a -> {
                out.writeByte(a.nwTos());
                yield Of10Action.OFPAT_SET_NW_TOS;
            }
            case Of10ActionSetTpSrc a -> {
                out.writeShort(a.port());
                yield Of10Action.OFPAT_SET_TP_SRC;
            }
            case Of10ActionSetTpDst a -> {
                out.writeShort(a.port());
                yield Of10Action.OFPAT_SET_TP_DST;
            }
            case Of10ActionEnqueue a -> {
                out.writeShort(a.port()).writeZero(6).writeInt(a.queueId());
                yield Of10Action.OFPAT_ENQUEUE;
            }
            case Of10ActionVendor a -> {
                out.writeInt(a.vendor());
                OfWire.writeBytes(out, a.data());
                yield Of10Action.OFPAT_VENDOR;
            }
            case Of10ActionUnknown a -> {
                OfWire.writeBytes(out, a.body());
                yield a.type();
            }
        };
        OfWire.pad(out, start);
        final int length = out.writerIndex() - start;
        out.setShort(start, type);
        OfWire.patchLength(out, start, 2, length, OfErrorCode.OFPBAC_BAD_LEN);
    }
}
