/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
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
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowStats;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketQueue;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.api.message.v10.Of10PortStats;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueProperty;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueStats;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReplyBody;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;
import io.tunnelmesh.openflow.api.message.v10.Of10TableStats;
import java.net.Inet4Address;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random OpenFlow 1.0 values for the property tests: every field over its whole range, wildcard words with any
 * bits (so that ignored fields with non-zero values are covered), every action and statistics body, opaque
 * vendor and unknown parts.
 */
final class V10Arbitraries {
    private V10Arbitraries() {
        // Hidden on purpose
    }

    static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xff);
    }

    static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xffff);
    }

    static Arbitrary<OfBytes> bytes(final int maxLength) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxLength).map(OfBytes::copyOf);
    }

    static Arbitrary<OfBytes> bytesOfEights(final int maxWords) {
        return Arbitraries.integers().between(0, maxWords).flatMap(words -> Arbitraries.bytes()
            .array(byte[].class).ofSize(words * 8).map(OfBytes::copyOf));
    }

    static Arbitrary<MacAddress> macs() {
        return Arbitraries.longs().between(0, 0xffff_ffff_ffffL).map(MacAddress::new);
    }

    static Arbitrary<Inet4Address> ipv4s() {
        return Arbitraries.integers().map(Of10Match::ipv4);
    }

    static Arbitrary<String> names(final int maxLength) {
        return Arbitraries.strings().withCharRange('!', '~').ofMaxLength(maxLength);
    }

    static Arbitrary<Of10Match> matches() {
        final var first = Combinators.combine(Arbitraries.integers(), u16(), macs(), macs(), u16(), u8(), u16(), u8())
            .as(List::<Object>of);
        final var second = Combinators.combine(u8(), ipv4s(), ipv4s(), u16(), u16()).as(List::<Object>of);
        return Combinators.combine(first, second).as((a, b) -> new Of10Match((Integer) a.get(0), (Integer) a.get(1),
            (MacAddress) a.get(2), (MacAddress) a.get(3), (Integer) a.get(4), (Integer) a.get(5), (Integer) a.get(6),
            (Integer) a.get(7), (Integer) b.get(0), (Inet4Address) b.get(1), (Inet4Address) b.get(2),
            (Integer) b.get(3), (Integer) b.get(4)));
    }

    static Arbitrary<Of10Action> actions() {
        return Arbitraries.oneOf(List.of(
            Combinators.combine(u16(), u16()).as(Of10ActionOutput::new),
            u16().map(Of10ActionSetVlanVid::new),
            u8().map(Of10ActionSetVlanPcp::new),
            Arbitraries.just(Of10ActionStripVlan.INSTANCE),
            macs().map(Of10ActionSetDlSrc::new),
            macs().map(Of10ActionSetDlDst::new),
            ipv4s().map(Of10ActionSetNwSrc::new),
            ipv4s().map(Of10ActionSetNwDst::new),
            u8().map(Of10ActionSetNwTos::new),
            u16().map(Of10ActionSetTpSrc::new),
            u16().map(Of10ActionSetTpDst::new),
            Combinators.combine(u16(), Arbitraries.integers()).as(Of10ActionEnqueue::new),
            Combinators.combine(Arbitraries.integers(), bytesOfEights(3)).as(Of10ActionVendor::new),
            Combinators.combine(Arbitraries.integers().between(12, 0xfffe), bytesOfEights(3))
                .as((type, words) -> new Of10ActionUnknown(type, OfBytes.ofHex("00000000" + words.toHex())))));
    }

    static Arbitrary<List<Of10Action>> actionLists() {
        return actions().list().ofMaxSize(5);
    }

    static Arbitrary<Of10PortDesc> ports() {
        return Combinators.combine(u16(), macs(), names(15), Arbitraries.integers(), Arbitraries.integers(),
            Arbitraries.integers(), Arbitraries.integers(), Arbitraries.integers())
            .as((no, mac, name, config, state, curr, adv, sup) -> new Of10PortDesc(no, mac, name, config, state,
                curr, adv, sup, curr ^ adv));
    }

    static Arbitrary<Of10ErrorCode> errorCodes() {
        return Combinators.combine(u16(), u16()).as(Of10ErrorCode::valueOf);
    }

    static Arbitrary<OfSwitchConfig> switchConfigs() {
        return Combinators.combine(u16(), u16()).as(OfSwitchConfig::new);
    }

    static Arbitrary<Of10PacketQueue> queues() {
        final Arbitrary<Of10QueueProperty> property = Arbitraries.oneOf(
            u16().map(Of10QueueProperty.MinRate::new),
            Combinators.combine(u16().filter(type -> type != Of10QueueProperty.OFPQT_MIN_RATE), bytesOfEights(2))
                .as(Of10QueueProperty.Unknown::new));
        return Combinators.combine(Arbitraries.integers(), property.list().ofMaxSize(3)).as(Of10PacketQueue::new);
    }

    static Arbitrary<Of10StatsRequestBody> statsRequestBodies() {
        return Arbitraries.oneOf(List.of(
            Arbitraries.just(Of10StatsRequestBody.Desc.INSTANCE),
            Combinators.combine(matches(), u8(), u16()).as(Of10StatsRequestBody.Flow::new),
            Combinators.combine(matches(), u8(), u16()).as(Of10StatsRequestBody.Aggregate::new),
            Arbitraries.just(Of10StatsRequestBody.Table.INSTANCE),
            u16().map(Of10StatsRequestBody.Port::new),
            Combinators.combine(u16(), Arbitraries.integers()).as(Of10StatsRequestBody.Queue::new),
            Combinators.combine(Arbitraries.integers(), bytes(40)).as(Of10StatsRequestBody.Vendor::new),
            Combinators.combine(Arbitraries.integers().between(6, 0xfffe), bytes(40))
                .as(Of10StatsRequestBody.Unknown::new)));
    }

    static Arbitrary<Of10StatsReplyBody> statsReplyBodies() {
        final Arbitrary<Of10FlowStats> flow = Combinators.combine(
            Combinators.combine(u8(), matches(), Arbitraries.integers(), Arbitraries.integers(), u16(), u16(), u16())
                .as(List::<Object>of),
            Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), Arbitraries.longs(), actionLists())
                .as(List::<Object>of))
            .as((a, b) -> new Of10FlowStats((Integer) a.get(0), (Of10Match) a.get(1), (Integer) a.get(2),
                (Integer) a.get(3), (Integer) a.get(4), (Integer) a.get(5), (Integer) a.get(6), (Long) b.get(0),
                (Long) b.get(1), (Long) b.get(2), castActions(b.get(3))));
        final Arbitrary<Of10TableStats> table = Combinators.combine(u8(), names(31), Arbitraries.integers(),
            Arbitraries.integers(), Arbitraries.integers(), Arbitraries.longs(), Arbitraries.longs())
            .as(Of10TableStats::new);
        final Arbitrary<Of10PortStats> port = Combinators.combine(u16(), Arbitraries.longs().list().ofSize(12))
            .as((no, c) -> new Of10PortStats(no, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5),
                c.get(6), c.get(7), c.get(8), c.get(9), c.get(10), c.get(11)));
        final Arbitrary<Of10QueueStats> queue = Combinators.combine(u16(), Arbitraries.integers(), Arbitraries.longs(),
            Arbitraries.longs(), Arbitraries.longs()).as(Of10QueueStats::new);
        return Arbitraries.oneOf(List.of(
            Combinators.combine(names(255), names(255), names(255), names(31), names(255))
                .as(Of10StatsReplyBody.Desc::new),
            flow.list().ofMaxSize(3).map(Of10StatsReplyBody.Flow::new),
            Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), Arbitraries.integers())
                .as(Of10StatsReplyBody.Aggregate::new),
            table.list().ofMaxSize(3).map(Of10StatsReplyBody.Table::new),
            port.list().ofMaxSize(3).map(Of10StatsReplyBody.Port::new),
            queue.list().ofMaxSize(3).map(Of10StatsReplyBody.Queue::new),
            Combinators.combine(Arbitraries.integers(), bytes(40)).as(Of10StatsReplyBody.Vendor::new),
            Combinators.combine(Arbitraries.integers().between(6, 0xfffe), bytes(40))
                .as(Of10StatsReplyBody.Unknown::new)));
    }

    @SuppressWarnings("unchecked")
    private static List<Of10Action> castActions(final Object actions) {
        return (List<Of10Action>) actions;
    }
}
