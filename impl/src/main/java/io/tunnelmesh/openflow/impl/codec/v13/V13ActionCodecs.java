/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static io.tunnelmesh.openflow.api.codec.OfActionKey.standard;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlIn;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlOut;
import io.tunnelmesh.openflow.api.action.OfActionDecMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopMpls;
import io.tunnelmesh.openflow.api.action.OfActionPopPbb;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushMpls;
import io.tunnelmesh.openflow.api.action.OfActionPushPbb;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfActionCodecs;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The codecs of the OpenFlow 1.3 standard actions (OpenFlow 1.3.5 section 7.2.5), each with the exact length its
 * structure has.
 */
public final class V13ActionCodecs {
    private static final List<OfActionCodec<?>> ALL = List.of(
        OfActionCodecs.of(standard(0), "OFPAT_OUTPUT", OfActionOutput.class, 16,
            (body, context) -> {
                final int port = body.readInt();
                final int maxLength = body.readUnsignedShort();
                body.skipBytes(6);
                return new OfActionOutput(port, maxLength);
            },
            (action, out, context) -> out.writeInt(action.port()).writeLong((long) action.maxLength() << 48),
            (action, out) -> out.writeInt(action.port()).writeLong((long) action.maxLength() << 48)),
        OfActionCodecs.of(standard(17), "OFPAT_PUSH_VLAN", OfActionPushVlan.class, 8,
            (body, context) -> {
                final int ethertype = body.readUnsignedShort();
                body.skipBytes(2);
                return new OfActionPushVlan(ethertype);
            },
            (action, out, context) -> out.writeShort(action.ethertype()).writeZero(2),
            (action, out) -> out.writeShort(action.ethertype()).writeZero(2)),
        OfActionCodecs.of(standard(18), "OFPAT_POP_VLAN", OfActionPopVlan.class, 8,
            (body, context) -> {
                body.skipBytes(4);
                return OfActionPopVlan.INSTANCE;
            },
            (action, out, context) -> out.writeZero(4),
            (action, out) -> out.writeZero(4)),
        OfActionCodecs.of(standard(21), "OFPAT_SET_QUEUE", OfActionSetQueue.class, 8,
            (body, context) -> new OfActionSetQueue(body.readInt()),
            (action, out, context) -> out.writeInt(action.queueId()),
            (action, out) -> out.writeInt(action.queueId())),
        OfActionCodecs.of(standard(22), "OFPAT_GROUP", OfActionGroup.class, 8,
            (body, context) -> new OfActionGroup(body.readInt()),
            (action, out, context) -> out.writeInt(action.groupId()),
            (action, out) -> out.writeInt(action.groupId())),
        OfActionCodecs.of(standard(24), "OFPAT_DEC_NW_TTL", OfActionDecNwTtl.class, 8,
            (body, context) -> {
                body.skipBytes(4);
                return OfActionDecNwTtl.INSTANCE;
            },
            (action, out, context) -> out.writeZero(4),
            (action, out) -> out.writeZero(4)),
        OfActionCodecs.setField(standard(25), "OFPAT_SET_FIELD",
            (body, context) -> {
                final var field = context.decodeOxm(body);
                if (body.readableBytes() >= 8) {
                    throw new OfCodecException(OfErrorCode.OFPBAC_BAD_SET_LEN, "set_field action has "
                        + body.readableBytes() + " bytes after its field");
                }
                body.skipBytes(body.readableBytes());
                return new OfActionSetField(field);
            }),
        noArguments(11, "OFPAT_COPY_TTL_OUT", OfActionCopyTtlOut.class, OfActionCopyTtlOut.INSTANCE),
        noArguments(12, "OFPAT_COPY_TTL_IN", OfActionCopyTtlIn.class, OfActionCopyTtlIn.INSTANCE),
        oneByte(15, "OFPAT_SET_MPLS_TTL", OfActionSetMplsTtl.class, OfActionSetMplsTtl::new,
            OfActionSetMplsTtl::mplsTtl),
        noArguments(16, "OFPAT_DEC_MPLS_TTL", OfActionDecMplsTtl.class, OfActionDecMplsTtl.INSTANCE),
        ethertype(19, "OFPAT_PUSH_MPLS", OfActionPushMpls.class, OfActionPushMpls::new, OfActionPushMpls::ethertype),
        ethertype(20, "OFPAT_POP_MPLS", OfActionPopMpls.class, OfActionPopMpls::new, OfActionPopMpls::ethertype),
        oneByte(23, "OFPAT_SET_NW_TTL", OfActionSetNwTtl.class, OfActionSetNwTtl::new, OfActionSetNwTtl::nwTtl),
        ethertype(26, "OFPAT_PUSH_PBB", OfActionPushPbb.class, OfActionPushPbb::new, OfActionPushPbb::ethertype),
        noArguments(27, "OFPAT_POP_PBB", OfActionPopPbb.class, OfActionPopPbb.INSTANCE));

    private V13ActionCodecs() {
        // Hidden on purpose
    }

    /** An 8-byte action without arguments: {@code | type | len = 8 | pad (32) |}. */
    private static <T extends OfAction> OfActionCodec<T> noArguments(final int type, final String name,
            final Class<T> actionClass, final T instance) {
        return OfActionCodecs.of(standard(type), name, actionClass, 8,
            (body, context) -> {
                body.skipBytes(4);
                return instance;
            },
            (action, out, context) -> out.writeZero(4),
            (action, out) -> out.writeZero(4));
    }

    /** An 8-byte action with a TTL: {@code | type | len = 8 | ttl (8) | pad (24) |}. */
    private static <T extends OfAction> OfActionCodec<T> oneByte(final int type, final String name,
            final Class<T> actionClass, final IntFunction<T> factory, final ToIntFunction<T> value) {
        return OfActionCodecs.of(standard(type), name, actionClass, 8,
            (body, context) -> {
                final int ttl = body.readUnsignedByte();
                body.skipBytes(3);
                return factory.apply(ttl);
            },
            (action, out, context) -> out.writeByte(value.applyAsInt(action)).writeZero(3),
            (action, out) -> out.writeByte(value.applyAsInt(action)).writeZero(3));
    }

    /** An 8-byte action with an Ethernet type: {@code | type | len = 8 | ethertype (16) | pad (16) |}. */
    private static <T extends OfAction> OfActionCodec<T> ethertype(final int type, final String name,
            final Class<T> actionClass, final IntFunction<T> factory, final ToIntFunction<T> value) {
        return OfActionCodecs.of(standard(type), name, actionClass, 8,
            (body, context) -> {
                final int ethertype = body.readUnsignedShort();
                body.skipBytes(2);
                return factory.apply(ethertype);
            },
            (action, out, context) -> out.writeShort(value.applyAsInt(action)).writeZero(2),
            (action, out) -> out.writeShort(value.applyAsInt(action)).writeZero(2));
    }

    /**
     * Every standard action codec.
     *
     * @return an immutable list
     */
    public static List<OfActionCodec<?>> all() {
        return ALL;
    }
}
