/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfPacketOut;
import io.tunnelmesh.openflow.impl.GoldenMessage;
import io.tunnelmesh.openflow.impl.GoldenMessages;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link BuiltinCodecIndex}: each listed class gets its own index and every other class none, for samples of every
 * listed class and every message, field and action of the golden vectors; and a registry that lacks a listed class's
 * codec still refuses to encode it, as it did when every codec was looked up by class.
 */
@ExtendWith(NettyLeakDetection.class)
class BuiltinCodecIndexTest {
    private static final ScratchStructureEncoderTest.Mark MARK = new ScratchStructureEncoderTest.Mark(1);

    private static InetAddress address(final String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static List<OxmField> fields() {
        final var fields = new ArrayList<OxmField>(List.of(OxmInPort.of(1), OxmInPort.of(70_000), OxmTunnelId.of(7),
            OxmMetadata.of(3), OxmEthDst.of(MacAddress.BROADCAST), OxmEthSrc.of(MacAddress.ZERO),
            OxmEthType.of(0x800), NxmTunIpv4Dst.of((Inet4Address) address("192.0.2.2")),
            NxmTunIpv4Src.of((Inet4Address) address("192.0.2.1")),
            NxmTunIpv6Dst.of((Inet6Address) address("2001:db8::2")),
            NxmTunIpv6Src.of((Inet6Address) address("2001:db8::1")), OxmIpProto.of(6),
            new OxmUnknown(0x8001, 5, false, OfBytes.ofHex("01"))));
        for (GoldenMessage golden : GoldenMessages.all()) {
            if (golden.message() instanceof OfFlowMod flowMod) {
                fields.addAll(flowMod.match().fields());
            }
        }
        return fields;
    }

    private static List<OfAction> actions() {
        final var actions = new ArrayList<OfAction>(List.of(new OfActionOutput(1, 0),
            new OfActionSetField(OxmTunnelId.of(1)), OfActionGroup.of(2), new OfActionPushVlan(0x8100),
            new OfActionPopVlan(), OfActionSetQueue.of(3), new OfActionDecNwTtl(), MARK,
            new OfActionExperimenter(0x2320, OfBytes.ofHex("0000000000000000"))));
        for (GoldenMessage golden : GoldenMessages.all()) {
            if (golden.message() instanceof OfPacketOut packetOut) {
                actions.addAll(packetOut.actions());
            } else if (golden.message() instanceof OfFlowMod flowMod) {
                flowMod.instructions().forEach(instruction -> {
                    if (instruction instanceof OfInstructionApplyActions apply) {
                        actions.addAll(apply.actions());
                    } else if (instruction instanceof OfInstructionWriteActions write) {
                        actions.addAll(write.actions());
                    }
                });
            }
        }
        return actions;
    }

    private static List<OfMessage> messages() {
        return GoldenMessages.all().stream().map(GoldenMessage::message).toList();
    }

    /**
     * Checks that every sample of a listed class is at that class's index, every other sample has none, and every
     * listed class was sampled.
     */
    private static <T> void assertIndexes(final List<? extends Class<? extends T>> classes, final List<T> samples,
            final ToIntFunction<T> index) {
        assertEquals(classes.size(), new HashSet<>(classes).size(), "a class listed twice: " + classes);
        final var seen = new HashSet<Class<?>>();
        for (T sample : samples) {
            final int expected = classes.indexOf(sample.getClass());
            assertEquals(expected < 0 ? BuiltinCodecIndex.NONE : expected, index.applyAsInt(sample),
                sample.toString());
            seen.add(sample.getClass());
        }
        assertTrue(seen.containsAll(classes), "not sampled: " + classes.stream().filter(c -> !seen.contains(c))
            .toList());
    }

    @Test
    void everyListedFieldClassHasItsIndexAndNoOtherHasOne() {
        assertIndexes(BuiltinCodecIndex.FIELD_CLASSES, fields(), BuiltinCodecIndex::of);
    }

    @Test
    void everyListedActionClassHasItsIndexAndNoOtherHasOne() {
        assertIndexes(BuiltinCodecIndex.ACTION_CLASSES, actions(), BuiltinCodecIndex::of);
    }

    @Test
    void everyListedMessageClassHasItsIndexAndNoOtherHasOne() {
        final var messages = new ArrayList<>(messages());
        messages.add(OfHello.offering(1, OfVersion.OF13));
        assertIndexes(BuiltinCodecIndex.MESSAGE_CLASSES, messages, BuiltinCodecIndex::of);
    }

    @Test
    void aRegistryWithoutAListedCodecDoesNotEncodeItsClass() {
        // the Nicira tunnel fields are listed, but a registry of the OpenFlow 1.3 codecs alone has no codec for them
        final var standardOnly = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        final var message = OfFlowMod.builder().xid(1).match(OfMatch.builder().inPort(1).build())
            .applyActions(new OfActionSetField(NxmTunIpv4Dst.of((Inet4Address) address("192.0.2.2")))).build();
        final var out = PooledByteBufAllocator.DEFAULT.directBuffer();
        try {
            final var thrown = assertThrows(OfCodecException.class, () -> standardOnly.encode(message, out));
            assertEquals(OfErrorCode.OFPBMC_BAD_FIELD, thrown.error());
            assertTrue(thrown.getMessage().contains("no codec encodes OXM field "), thrown.getMessage());
            out.clear();
            // the registry that has it writes the Nicira field: class 0x0001, field 32, 4 bytes
            OpenFlowCodecs.standard().encode(message, out);
            assertTrue(ByteBufUtil.hexDump(out).contains("00014004c0000202"), ByteBufUtil.hexDump(out));
        } finally {
            out.release();
        }
    }
}
