/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionUnknown;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionClearActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionExperimenter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionUnknown;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import java.util.List;

/**
 * The scratch path of {@link RegistryCodecContext}'s structure encoders: matches (OpenFlow 1.3.5 section 7.2.2),
 * OXM TLVs (7.2.3), actions (7.2.5) and instructions (7.2.4), written into a {@link ScratchWriter} with the bytes the
 * {@code ByteBuf} path writes. Every method returns {@code false} as soon as a part has no scratch path (a third
 * party's codec, a field family, a length that does not fit): the registry then encodes the message again through
 * the {@code ByteBuf} path, which also raises the errors, so both paths fail alike.
 */
public final class ScratchStructureEncoder {
    private static final int OFPMT_OXM = 1;

    private final OfVersion version;
    private final RegistryCodecContext.Tables tables;

    ScratchStructureEncoder(final OfVersion version, final RegistryCodecContext.Tables tables) {
        this.version = version;
        this.tables = tables;
    }

    /**
     * Writes an {@code ofp_match} with its padding.
     *
     * @param match the match
     * @param out the writer
     * @return {@code false} if a field has no scratch path
     */
    public boolean encodeMatch(final OfMatch match, final ScratchWriter out) {
        final int start = out.position();
        // type and a zero length; the length is patched below
        out.writeInt(OFPMT_OXM << 16);
        final var fields = match.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (!encodeOxm(fields.get(i), out)) {
                return false;
            }
        }
        if (!patchLength(out, start)) {
            return false;
        }
        out.pad(start);
        return true;
    }

    /**
     * Writes one OXM TLV.
     *
     * @param field the field
     * @param out the writer
     * @return {@code false} if the field's codec has no scratch path
     */
    public boolean encodeOxm(final OxmField field, final ScratchWriter out) {
        if (field instanceof OxmUnknown unknown) {
            out.writeShort(unknown.oxmClass()).writeByte(unknown.field() << 1 | (unknown.hasMask() ? 1 : 0))
                .writeByte(unknown.payload().length()).writeBytes(unknown.payload());
            return true;
        }
        return tables.fieldEncoder(field) instanceof OxmFieldCodecs.FixedWidth<?> fixed
            && fixed.encodeInto(field, out);
    }

    /**
     * Writes actions, each padded to 8 bytes.
     *
     * @param actions the actions
     * @param out the writer
     * @return {@code false} if an action has no scratch path
     */
    public boolean encodeActions(final List<? extends OfAction> actions, final ScratchWriter out) {
        for (int i = 0; i < actions.size(); i++) {
            if (!encodeAction(actions.get(i), out)) {
                return false;
            }
        }
        return true;
    }

    private boolean encodeAction(final OfAction action, final ScratchWriter out) {
        final var registered = tables.actionEncoder(action);
        if (registered instanceof OfActionCodecs.Simple<?> simple) {
            return simple.encode(action, out);
        }
        final int start = out.position();
        if (registered instanceof OfActionCodecs.SetField codec) {
            out.writeInt(codec.key().type() << 16);
            if (!encodeOxm(((OfActionSetField) action).field(), out)) {
                return false;
            }
        } else if (action instanceof OfActionExperimenter a) {
            out.writeShort(OfActionKey.EXPERIMENTER).writeShort(0).writeInt(a.experimenter()).writeBytes(a.data());
        } else if (action instanceof OfActionUnknown a) {
            out.writeShort(a.type()).writeShort(0).writeBytes(a.body());
        } else {
            return false;
        }
        out.pad(start);
        return patchLength(out, start);
    }

    /**
     * Writes instructions, as {@link InstructionListCodec} does. Action lists are written here rather than through
     * {@link #encodeActions(List, ScratchWriter)}: one call less keeps the JIT inlining down to the writes.
     *
     * @param instructions the instructions
     * @param out the writer
     * @return {@code false} if an action in them has no scratch path or a length does not fit
     */
    public boolean encodeInstructions(final List<? extends OfInstruction> instructions, final ScratchWriter out) {
        for (int index = 0; index < instructions.size(); index++) {
            final var instruction = instructions.get(index);
            final int start = out.position();
            final List<? extends OfAction> actions;
            switch (instruction) {
                case OfInstructionApplyActions i -> {
                    out.writeLong((long) InstructionListCodec.APPLY_ACTIONS << 48);
                    actions = i.actions();
                }
                case OfInstructionWriteActions i -> {
                    out.writeLong((long) InstructionListCodec.WRITE_ACTIONS << 48);
                    actions = i.actions();
                }
                case OfInstructionGotoTable i -> {
                    out.writeLong(OfWire.pack(InstructionListCodec.GOTO_TABLE << 16 | 8, i.tableId() << 24));
                    continue;
                }
                case OfInstructionWriteMetadata i -> {
                    out.writeLong(OfWire.pack(InstructionListCodec.WRITE_METADATA << 16 | 24, 0))
                        .writeLong(i.metadata()).writeLong(i.mask());
                    continue;
                }
                case OfInstructionClearActions i -> {
                    out.writeLong(OfWire.pack(InstructionListCodec.CLEAR_ACTIONS << 16 | 8, 0));
                    continue;
                }
                case OfInstructionMeter i -> {
                    out.writeLong(OfWire.pack(InstructionListCodec.METER << 16 | 8, i.meterId()));
                    continue;
                }
                case OfInstructionExperimenter i -> {
                    out.writeLong(OfWire.pack(InstructionListCodec.EXPERIMENTER << 16, i.experimenter()))
                        .writeBytes(i.data());
                    actions = List.of();
                }
                case OfInstructionUnknown i -> {
                    out.writeInt(i.type() << 16).writeBytes(i.body());
                    actions = List.of();
                }
            }
            for (int i = 0; i < actions.size(); i++) {
                if (!encodeAction(actions.get(i), out)) {
                    return false;
                }
            }
            if (!patchLength(out, start)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Patches the 16-bit length at offset 2 of a structure that starts at {@code start}.
     *
     * @return {@code false} if the length does not fit 16 bits (the {@code ByteBuf} path reports it)
     */
    static boolean patchLength(final ScratchWriter out, final int start) {
        final int length = out.position() - start;
        if (length > 0xffff) {
            return false;
        }
        out.setShort(start + 2, length);
        return true;
    }

    @Override
    public String toString() {
        return "scratch structure encoder " + version;
    }
}
