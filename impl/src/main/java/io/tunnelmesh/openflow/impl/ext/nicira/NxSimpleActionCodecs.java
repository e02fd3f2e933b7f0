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
import io.tunnelmesh.openflow.api.ext.nicira.NxActionController;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCtClear;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecTtlCntIds;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecap;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionExit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionNote;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionPopQueue;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTable;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTableCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel64;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfActionCodecs;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;

/**
 * Codecs of the Nicira actions with a fixed layout or a plain byte run: {@code resubmit}, {@code set_tunnel},
 * {@code pop_queue}, {@code exit}, {@code ct_clear}, {@code dec_nsh_ttl}, {@code decap}, {@code note},
 * {@code dec_ttl(ids)}, {@code controller}. Lengths are checked as Open vSwitch's {@code ofpact_pull_raw} does: fixed
 * structures exactly, variable ones against their minimum (the registry has already checked the multiple of 8).
 */
final class NxSimpleActionCodecs {
    private static final int SIXTEEN = 16;

    private NxSimpleActionCodecs() {
        // Hidden on purpose
    }

    static List<OfActionCodec<?>> all() {
        return List.of(
            OfActionCodecs.of(key(NxActionResubmit.SUBTYPE), "NXAST_RESUBMIT", NxActionResubmit.class, SIXTEEN,
                (body, context) -> {
                    final int inPort = body.readUnsignedShort();
                    body.skipBytes(4);
                    return new NxActionResubmit(inPort);
                },
                (action, out, context) -> out.writeShort(action.inPort()).writeZero(4)),
            OfActionCodecs.of(key(NxActionResubmitTable.SUBTYPE), "NXAST_RESUBMIT_TABLE", NxActionResubmitTable.class,
                SIXTEEN,
                (body, context) -> {
                    final int inPort = body.readUnsignedShort();
                    final int table = body.readUnsignedByte();
                    NxWire.zeros(body, 3, OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_RESUBMIT_TABLE pad");
                    return new NxActionResubmitTable(inPort, table);
                },
                (action, out, context) -> out.writeShort(action.inPort()).writeByte(action.table()).writeZero(3)),
            OfActionCodecs.of(key(NxActionResubmitTableCt.SUBTYPE), "NXAST_RESUBMIT_TABLE_CT",
                NxActionResubmitTableCt.class, SIXTEEN,
                (body, context) -> {
                    final int inPort = body.readUnsignedShort();
                    final int table = body.readUnsignedByte();
                    NxWire.zeros(body, 3, OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_RESUBMIT_TABLE_CT pad");
                    return new NxActionResubmitTableCt(inPort, table);
                },
                (action, out, context) -> out.writeShort(action.inPort()).writeByte(action.table()).writeZero(3)),
            OfActionCodecs.of(key(NxActionSetTunnel.SUBTYPE), "NXAST_SET_TUNNEL", NxActionSetTunnel.class, SIXTEEN,
                (body, context) -> {
                    body.skipBytes(2);
                    return new NxActionSetTunnel(body.readInt());
                },
                (action, out, context) -> out.writeZero(2).writeInt(action.tunnelId())),
            OfActionCodecs.of(key(NxActionSetTunnel64.SUBTYPE), "NXAST_SET_TUNNEL64", NxActionSetTunnel64.class, 24,
                (body, context) -> {
                    body.skipBytes(6);
                    return new NxActionSetTunnel64(body.readLong());
                },
                (action, out, context) -> out.writeZero(6).writeLong(action.tunnelId())),
            OfActionCodecs.of(key(NxActionPopQueue.SUBTYPE), "NXAST_POP_QUEUE", NxActionPopQueue.class, SIXTEEN,
                (body, context) -> NxActionPopQueue.INSTANCE, (action, out, context) -> out.writeZero(6)),
            OfActionCodecs.of(key(NxActionExit.SUBTYPE), "NXAST_EXIT", NxActionExit.class, SIXTEEN,
                (body, context) -> NxActionExit.INSTANCE, (action, out, context) -> out.writeZero(6)),
            OfActionCodecs.of(key(NxActionCtClear.SUBTYPE), "NXAST_CT_CLEAR", NxActionCtClear.class, SIXTEEN,
                (body, context) -> NxActionCtClear.INSTANCE, (action, out, context) -> out.writeZero(6)),
            OfActionCodecs.of(key(NxActionDecNshTtl.SUBTYPE), "NXAST_DEC_NSH_TTL", NxActionDecNshTtl.class, SIXTEEN,
                (body, context) -> NxActionDecNshTtl.INSTANCE, (action, out, context) -> out.writeZero(6)),
            OfActionCodecs.of(key(NxActionDecap.SUBTYPE), "NXAST_DECAP", NxActionDecap.class, OfActionCodecs.VARIABLE,
                (body, context) -> {
                    if (NxWire.actionLength(body) > SIXTEEN) {
                        // no decap property is defined
                        throw NxWire.error(NxErrorCodes.NXBAC_UNKNOWN_ED_PROP, "NXAST_DECAP has "
                            + (NxWire.actionLength(body) - SIXTEEN) + " bytes of properties; none is defined");
                    }
                    body.skipBytes(2);
                    return new NxActionDecap(body.readInt());
                },
                (action, out, context) -> out.writeZero(2).writeInt(action.packetType())),
            OfActionCodecs.of(key(NxActionNote.SUBTYPE), "NXAST_NOTE", NxActionNote.class, OfActionCodecs.VARIABLE,
                (body, context) -> new NxActionNote(OfWire.readRest(body)),
                (action, out, context) -> OfWire.writeBytes(out, action.note())),
            OfActionCodecs.of(key(NxActionDecTtlCntIds.SUBTYPE), "NXAST_DEC_TTL_CNT_IDS", NxActionDecTtlCntIds.class,
                OfActionCodecs.VARIABLE,
                (body, context) -> {
                    final int count = body.readUnsignedShort();
                    NxWire.zeros(body, 4, NxErrorCodes.NXBRC_MUST_BE_ZERO, "NXAST_DEC_TTL_CNT_IDS zeros");
                    if (body.readableBytes() < count * 2) {
                        throw NxWire.error(OfErrorCode.OFPBAC_BAD_LEN, "NXAST_DEC_TTL_CNT_IDS has "
                            + body.readableBytes() + " bytes for " + count + " controller ids");
                    }
                    final var ids = new ArrayList<Integer>(count);
                    for (int i = 0; i < count; i++) {
                        ids.add(body.readUnsignedShort());
                    }
                    return new NxActionDecTtlCntIds(ids);
                },
                (action, out, context) -> {
                    out.writeShort(action.controllerIds().size()).writeZero(4);
                    action.controllerIds().forEach(out::writeShort);
                }),
            OfActionCodecs.of(key(NxActionController.SUBTYPE), "NXAST_CONTROLLER", NxActionController.class, SIXTEEN,
                (body, context) -> {
                    final int maxLength = body.readUnsignedShort();
                    final int controllerId = body.readUnsignedShort();
                    final int reason = body.readUnsignedByte();
                    body.skipBytes(1);
                    return new NxActionController(maxLength, controllerId, reason);
                },
                (action, out, context) -> out.writeShort(action.maxLength()).writeShort(action.controllerId())
                    .writeByte(action.reason()).writeZero(1)));
    }
}
