/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.message.OfAsyncConfig;
import io.tunnelmesh.openflow.api.message.OfGetAsyncReply;
import io.tunnelmesh.openflow.api.message.OfGetAsyncRequest;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMeterModCommand;
import io.tunnelmesh.openflow.api.message.OfPacketQueue;
import io.tunnelmesh.openflow.api.message.OfPortMod;
import io.tunnelmesh.openflow.api.message.OfQueueGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfQueueGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfQueuePropExperimenter;
import io.tunnelmesh.openflow.api.message.OfQueuePropMaxRate;
import io.tunnelmesh.openflow.api.message.OfQueuePropMinRate;
import io.tunnelmesh.openflow.api.message.OfQueuePropUnknown;
import io.tunnelmesh.openflow.api.message.OfQueueProperty;
import io.tunnelmesh.openflow.api.message.OfSetAsync;
import io.tunnelmesh.openflow.api.message.OfTableMod;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips (record, encode, decode, equal record, re-encode, same bytes) of the group, port, table and meter mods,
 * the queue configuration and the async configuration messages, over every code, band and property kind, unknown
 * ones included. The flow-mod property of {@link V13CodecPropertiesTest} covers the new OXM fields and actions
 * through {@link V13Arbitraries}.
 */
class ModsCodecPropertiesTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);

    @Property(tries = 300)
    void groupModRoundTrips(@ForAll("groupMods") final OfGroupMod groupMod) {
        assertRoundTrip(groupMod);
    }

    @Property(tries = 300)
    void meterModRoundTrips(@ForAll("meterMods") final OfMeterMod meterMod) {
        assertRoundTrip(meterMod);
    }

    @Property(tries = 200)
    void portAndTableModsRoundTrip(@ForAll("portAndTableMods") final OfMessage mod) {
        assertRoundTrip(mod);
    }

    @Property(tries = 300)
    void queueConfigRoundTrips(@ForAll("queueMessages") final OfMessage queueMessage) {
        assertRoundTrip(queueMessage);
    }

    @Property(tries = 200)
    void asyncConfigRoundTrips(@ForAll("asyncMessages") final OfMessage asyncMessage) {
        assertRoundTrip(asyncMessage);
    }

    @Provide
    Arbitrary<OfGroupMod> groupMods() {
        return Combinators.combine(Arbitraries.integers(), V13Arbitraries.u16().map(OfGroupModCommand::valueOf),
            V13Arbitraries.u8().map(OfGroupType::valueOf), Arbitraries.integers(),
            V13Arbitraries.buckets().list().ofMaxSize(4))
            .as(OfGroupMod::new);
    }

    @Provide
    Arbitrary<OfMeterMod> meterMods() {
        final var ints = Arbitraries.integers();
        return Combinators.combine(ints, V13Arbitraries.u16().map(OfMeterModCommand::valueOf), V13Arbitraries.u16(),
            ints, V13Arbitraries.meterBands().list().ofMaxSize(4)).as(OfMeterMod::new);
    }

    @Provide
    Arbitrary<OfMessage> portAndTableMods() {
        final var ints = Arbitraries.integers();
        return Arbitraries.oneOf(
            Combinators.combine(ints, ints, V13Arbitraries.macs(), ints, ints, ints).as(OfPortMod::new),
            Combinators.combine(ints, V13Arbitraries.u8(), ints).as(OfTableMod::new));
    }

    @Provide
    Arbitrary<OfMessage> queueMessages() {
        final var ints = Arbitraries.integers();
        final Arbitrary<OfQueueProperty> properties = Arbitraries.oneOf(List.of(
            V13Arbitraries.u16().map(OfQueuePropMinRate::new),
            V13Arbitraries.u16().map(OfQueuePropMaxRate::new),
            Combinators.combine(ints, V13Arbitraries.bytesOfMultipleOf8(0)).as(OfQueuePropExperimenter::new),
            Combinators.combine(V13Arbitraries.u16().filter(type -> type != 1 && type != 2 && type != 0xffff),
                V13Arbitraries.bytesOfMultipleOf8(4)).as(OfQueuePropUnknown::new)));
        final Arbitrary<OfPacketQueue> queues = Combinators.combine(ints, ints, properties.list().ofMaxSize(3))
            .as(OfPacketQueue::new);
        return Arbitraries.oneOf(
            Combinators.combine(ints, ints).as(OfQueueGetConfigRequest::new),
            Combinators.combine(ints, ints, queues.list().ofMaxSize(3)).as(OfQueueGetConfigReply::new));
    }

    @Provide
    Arbitrary<OfMessage> asyncMessages() {
        final var ints = Arbitraries.integers();
        final Arbitrary<OfAsyncConfig> configs = Combinators.combine(ints, ints, ints, ints, ints, ints)
            .as(OfAsyncConfig::new);
        return Arbitraries.oneOf(
            ints.map(OfGetAsyncRequest::new),
            Combinators.combine(ints, configs).as(OfGetAsyncReply::new),
            Combinators.combine(ints, configs).as(OfSetAsync::new));
    }

    private static void assertRoundTrip(final OfMessage message) {
        final ByteBuf first = Unpooled.buffer();
        final ByteBuf second = Unpooled.buffer();
        try {
            ENCODER.encode(message, first);
            final var decoded = DECODER.decode(first);
            assertEquals(message, decoded);
            ENCODER.encode((OfMessage) decoded, second);
            assertEquals(ByteBufUtil.hexDump(first), ByteBufUtil.hexDump(second));
        } finally {
            first.release();
            second.release();
        }
    }
}
