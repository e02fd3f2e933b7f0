/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionClearActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionExperimenter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionUnknown;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes OpenFlow 1.3 instruction lists (OpenFlow 1.3.5 section 7.2.4), with back-patched lengths on
 * the way out and bounds checks before every read on the way in ({@code OFPBIC_BAD_LEN}).
 * <pre>
 *   +---------------+---------------+-----------------------------------+
 *   | type (16)     | len (16)      | body, len - 4 bytes               |
 *   +---------------+---------------+-----------------------------------+
 * </pre>
 */
final class InstructionListCodec {
    static final int GOTO_TABLE = 1;
    static final int WRITE_METADATA = 2;
    static final int WRITE_ACTIONS = 3;
    static final int APPLY_ACTIONS = 4;
    static final int CLEAR_ACTIONS = 5;
    static final int METER = 6;
    static final int EXPERIMENTER = 0xffff;

    private InstructionListCodec() {
        // Hidden on purpose
    }

    static void encode(final List<? extends OfInstruction> instructions, final ByteBuf out,
            final OfCodecContext context) {
        for (int index = 0; index < instructions.size(); index++) {
            final var instruction = instructions.get(index);
            // fixed-size instructions go out whole with their length; the others have it patched after their body
            switch (instruction) {
                case OfInstructionGotoTable i -> out.writeLong(OfWire.pack(GOTO_TABLE << 16 | 8, i.tableId() << 24));
                case OfInstructionWriteMetadata i -> out.writeLong(OfWire.pack(WRITE_METADATA << 16 | 24, 0))
                    .writeLong(i.metadata()).writeLong(i.mask());
                case OfInstructionWriteActions i -> encodeActions(WRITE_ACTIONS, i.actions(), out, context);
                case OfInstructionApplyActions i -> encodeActions(APPLY_ACTIONS, i.actions(), out, context);
                case OfInstructionClearActions i -> out.writeLong(OfWire.pack(CLEAR_ACTIONS << 16 | 8, 0));
                case OfInstructionMeter i -> out.writeLong(OfWire.pack(METER << 16 | 8, i.meterId()));
                case OfInstructionExperimenter i -> {
                    final int start = out.writerIndex();
                    out.writeLong(OfWire.pack(EXPERIMENTER << 16, i.experimenter()));
                    OfWire.writeBytes(out, i.data());
                    patchLength(out, start);
                }
                case OfInstructionUnknown i -> {
                    final int start = out.writerIndex();
                    out.writeInt(i.type() << 16);
                    OfWire.writeBytes(out, i.body());
                    patchLength(out, start);
                }
            }
        }
    }

    private static void encodeActions(final int type, final List<? extends OfAction> actions, final ByteBuf out,
            final OfCodecContext context) {
        final int start = out.writerIndex();
        // type, a zero length (patched below) and 4 bytes of padding in one write
        out.writeLong((long) type << 48);
        context.encodeActions(actions, out);
        patchLength(out, start);
    }

    private static void patchLength(final ByteBuf out, final int start) {
        OfWire.patchLength(out, start, 2, out.writerIndex() - start, OfErrorCode.OFPBIC_BAD_LEN);
    }

    static List<OfInstruction> decode(final ByteBuf in, final OfCodecContext context) {
        if (!in.isReadable()) {
            return List.of();
        }
        // most flows carry one or two instructions: List.of(a) and List.of(a, b) allocate no array
        final OfInstruction first = decodeOne(in, context);
        if (!in.isReadable()) {
            return List.of(first);
        }
        final OfInstruction second = decodeOne(in, context);
        if (!in.isReadable()) {
            return List.of(first, second);
        }
        final var instructions = new ArrayList<OfInstruction>();
        instructions.add(first);
        instructions.add(second);
        while (in.isReadable()) {
            instructions.add(decodeOne(in, context));
        }
        return instructions;
    }

    private static OfInstruction decodeOne(final ByteBuf in, final OfCodecContext context) {
        if (in.readableBytes() < 8) {
            throw new OfCodecException(OfErrorCode.OFPBIC_BAD_LEN, "instruction needs 8 bytes, "
                + in.readableBytes() + " left");
        }
        final int type = in.readUnsignedShort();
        final int length = in.readUnsignedShort();
        if (length < 8 || length % 8 != 0 || length - 4 > in.readableBytes()) {
            throw new OfCodecException(OfErrorCode.OFPBIC_BAD_LEN, "instruction type " + type + " length " + length
                + " is not a multiple of 8 within the " + (in.readableBytes() + 4) + " bytes left");
        }
        // the instruction's body, bounded by the writer index for the switch (restored after) instead of a slice
        final int end = in.readerIndex() + length - 4;
        final int limit = in.writerIndex();
        in.writerIndex(end);
        try {
            final var instruction = decodeBody(type, in, context);
            in.readerIndex(end);
            return instruction;
        } finally {
            in.writerIndex(limit);
        }
    }

    private static OfInstruction decodeBody(final int type, final ByteBuf body, final OfCodecContext context) {
        return switch (type) {
            case GOTO_TABLE -> {
                final int table = sized(type, body, 8).readUnsignedByte();
                body.skipBytes(3);
                yield new OfInstructionGotoTable(table);
            }
            case WRITE_METADATA -> {
                sized(type, body, 24).skipBytes(4);
                yield new OfInstructionWriteMetadata(body.readLong(), body.readLong());
            }
            case WRITE_ACTIONS -> new OfInstructionWriteActions(context.decodeActions(body.skipBytes(4)));
            case APPLY_ACTIONS -> new OfInstructionApplyActions(context.decodeActions(body.skipBytes(4)));
            case CLEAR_ACTIONS -> {
                sized(type, body, 8).skipBytes(4);
                yield OfInstructionClearActions.INSTANCE;
            }
            case METER -> new OfInstructionMeter(sized(type, body, 8).readInt());
            case EXPERIMENTER -> new OfInstructionExperimenter(body.readInt(), OfWire.readRest(body));
            default -> new OfInstructionUnknown(type, OfWire.readRest(body));
        };
    }

    private static ByteBuf sized(final int type, final ByteBuf body, final int length) {
        if (body.readableBytes() != length - 4) {
            throw new OfCodecException(OfErrorCode.OFPBIC_BAD_LEN, "instruction type " + type + " length "
                + (body.readableBytes() + 4) + " != " + length);
        }
        return body;
    }
}
