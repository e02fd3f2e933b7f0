/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.action.OfActionUnknown;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes OpenFlow 1.3 action lists (OpenFlow 1.3.5 section 7.2.5). Each action is written with a
 * placeholder length that is back-patched, padded to 8 bytes; each action read is bounds-checked first, so a bad
 * length is {@code OFPBAC_BAD_LEN} and never a read into the next structure.
 * <pre>
 *   +---------------+---------------+-----------------------------------+
 *   | type (16)     | len (16)      | body, len - 4 bytes               |
 *   +---------------+---------------+-----------------------------------+
 * </pre>
 */
final class ActionCodec {
    private static final int OUTPUT = 0;
    private static final int PUSH_VLAN = 17;
    private static final int POP_VLAN = 18;
    private static final int SET_QUEUE = 21;
    private static final int GROUP = 22;
    private static final int DEC_NW_TTL = 24;
    private static final int SET_FIELD = 25;
    private static final int EXPERIMENTER = 0xffff;

    private ActionCodec() {
        // Hidden on purpose
    }

    static void encode(final List<OfAction> actions, final ByteBuf out) {
        for (var action : actions) {
            encode(action, out);
        }
    }

    private static void encode(final OfAction action, final ByteBuf out) {
        final int start = out.writerIndex();
        out.writeInt(0);
        final int type = switch (action) {
            case OfActionOutput a -> {
                out.writeInt(a.port()).writeShort(a.maxLength()).writeZero(6);
                yield OUTPUT;
            }
            case OfActionGroup a -> {
                out.writeInt(a.groupId());
                yield GROUP;
            }
            case OfActionSetQueue a -> {
                out.writeInt(a.queueId());
                yield SET_QUEUE;
            }
            case OfActionPushVlan a -> {
                out.writeShort(a.ethertype()).writeZero(2);
                yield PUSH_VLAN;
            }
            case OfActionPopVlan a -> {
                out.writeZero(4);
                yield POP_VLAN;
            }
            case OfActionDecNwTtl a -> {
                out.writeZero(4);
                yield DEC_NW_TTL;
            }
            case OfActionSetField a -> {
                OxmCodec.encode(a.field(), out);
                OfWire.pad(out, start);
                yield SET_FIELD;
            }
            case OfActionExperimenter a -> {
                out.writeInt(a.experimenter());
                OfWire.writeBytes(out, a.data());
                yield EXPERIMENTER;
            }
            case OfActionUnknown a -> {
                OfWire.writeBytes(out, a.body());
                yield a.type();
            }
        };
        out.setShort(start, type);
        OfWire.patchLength(out, start, 2, out.writerIndex() - start, OfErrorCode.OFPBAC_BAD_LEN);
    }

    static List<OfAction> decode(final ByteBuf in) {
        final var actions = new ArrayList<OfAction>();
        while (in.isReadable()) {
            actions.add(decodeOne(in));
        }
        return actions;
    }

    private static OfAction decodeOne(final ByteBuf in) {
        if (in.readableBytes() < 8) {
            throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, "action needs 8 bytes, " + in.readableBytes()
                + " left");
        }
        final int type = in.readUnsignedShort();
        final int length = in.readUnsignedShort();
        if (length < 8 || length % 8 != 0 || length - 4 > in.readableBytes()) {
            throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, "action type " + type + " length " + length
                + " is not a multiple of 8 within the " + (in.readableBytes() + 4) + " bytes left");
        }
        final var body = in.readSlice(length - 4);
        return switch (type) {
            case OUTPUT -> new OfActionOutput(sized(type, body, 16).readInt(), readShortThenSkip(body, 6));
            case GROUP -> new OfActionGroup(sized(type, body, 8).readInt());
            case SET_QUEUE -> new OfActionSetQueue(sized(type, body, 8).readInt());
            case PUSH_VLAN -> new OfActionPushVlan(readShortThenSkip(sized(type, body, 8), 2));
            case POP_VLAN -> {
                sized(type, body, 8).skipBytes(4);
                yield OfActionPopVlan.INSTANCE;
            }
            case DEC_NW_TTL -> {
                sized(type, body, 8).skipBytes(4);
                yield OfActionDecNwTtl.INSTANCE;
            }
            case SET_FIELD -> {
                final var field = OxmCodec.decode(body);
                if (body.readableBytes() >= 8) {
                    throw new OfCodecException(OfErrorCode.OFPBAC_BAD_SET_LEN, "set_field action has "
                        + body.readableBytes() + " bytes after its field");
                }
                body.skipBytes(body.readableBytes());
                yield new OfActionSetField(field);
            }
            case EXPERIMENTER -> new OfActionExperimenter(body.readInt(), OfWire.readRest(body));
            default -> new OfActionUnknown(type, OfWire.readRest(body));
        };
    }

    private static ByteBuf sized(final int type, final ByteBuf body, final int length) {
        if (body.readableBytes() != length - 4) {
            throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, "action type " + type + " length "
                + (body.readableBytes() + 4) + " != " + length);
        }
        return body;
    }

    private static int readShortThenSkip(final ByteBuf body, final int padding) {
        final int value = body.readUnsignedShort();
        body.skipBytes(padding);
        return value;
    }
}
