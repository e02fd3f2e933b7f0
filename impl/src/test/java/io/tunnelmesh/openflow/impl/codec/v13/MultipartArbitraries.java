/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static io.tunnelmesh.openflow.impl.codec.v13.V13Arbitraries.bytes;
import static io.tunnelmesh.openflow.impl.codec.v13.V13Arbitraries.u16;
import static io.tunnelmesh.openflow.impl.codec.v13.V13Arbitraries.u8;

import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfActionId;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfBucketCounter;
import io.tunnelmesh.openflow.api.message.multipart.OfDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartReply;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStats;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfInstructionId;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterBandStats;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfig;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStats;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import io.tunnelmesh.openflow.api.message.multipart.OfOxmId;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStats;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStats;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeatureProperty;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeatures;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStats;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsRequest;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for every multipart request and reply body of OpenFlow 1.3, with their entries, buckets, bands, table
 * feature properties (of every type, experimenter and undefined ones included) and ids. Lists are kept short so
 * that every message fits its 16-bit length.
 */
final class MultipartArbitraries {
    private static final Arbitrary<Integer> INTS = Arbitraries.integers();
    private static final Arbitrary<Long> LONGS = Arbitraries.longs();

    private MultipartArbitraries() {
        // Hidden on purpose
    }

    static Arbitrary<OfMultipartRequestBody> requestBodies() {
        return Arbitraries.oneOf(List.of(
            Arbitraries.just(OfDescRequest.INSTANCE),
            flowRequests(),
            flowRequests().map(r -> new OfAggregateStatsRequest(r.tableId(), r.outPort(), r.outGroup(), r.cookie(),
                r.cookieMask(), r.match())),
            Arbitraries.just(OfTableStatsRequest.INSTANCE),
            INTS.map(OfPortStatsRequest::new),
            Combinators.combine(INTS, INTS).as(OfQueueStatsRequest::new),
            INTS.map(OfGroupStatsRequest::new),
            Arbitraries.just(OfGroupDescRequest.INSTANCE),
            Arbitraries.just(OfGroupFeaturesRequest.INSTANCE),
            INTS.map(OfMeterStatsRequest::new),
            INTS.map(OfMeterConfigRequest::new),
            Arbitraries.just(OfMeterFeaturesRequest.INSTANCE),
            tableFeatures().list().ofMaxSize(2).map(OfTableFeaturesRequest::new),
            Arbitraries.just(OfPortDescRequest.INSTANCE),
            Combinators.combine(INTS, INTS, bytes(40)).as(OfExperimenterMultipartRequest::new)));
    }

    static Arbitrary<OfMultipartReplyBody> replyBodies() {
        return Arbitraries.oneOf(List.of(
            Combinators.combine(text(255), text(255), text(255), text(31), text(255)).as(OfDescReply::new),
            flowStats().list().ofMaxSize(3).map(OfFlowStatsReply::new),
            Combinators.combine(LONGS, LONGS, INTS).as(OfAggregateStatsReply::new),
            Combinators.combine(u8(), INTS, LONGS, LONGS).as(OfTableStats::new).list().ofMaxSize(5)
                .map(OfTableStatsReply::new),
            portStats().list().ofMaxSize(4).map(OfPortStatsReply::new),
            Combinators.combine(INTS, INTS, LONGS, LONGS, LONGS, INTS, INTS).as(OfQueueStats::new).list()
                .ofMaxSize(4).map(OfQueueStatsReply::new),
            groupStats().list().ofMaxSize(3).map(OfGroupStatsReply::new),
            groupDescs().list().ofMaxSize(3).map(OfGroupDescReply::new),
            Combinators.combine(INTS, INTS, INTS.list().ofSize(4), INTS.list().ofSize(4))
                .as(OfGroupFeaturesReply::new),
            meterStats().list().ofMaxSize(3).map(OfMeterStatsReply::new),
            meterConfigs().list().ofMaxSize(3).map(OfMeterConfigReply::new),
            Combinators.combine(INTS, INTS, INTS, u8(), u8()).as(OfMeterFeaturesReply::new),
            tableFeatures().list().ofMaxSize(2).map(OfTableFeaturesReply::new),
            portDescs().list().ofMaxSize(4).map(OfPortDescReply::new),
            Combinators.combine(INTS, INTS, bytes(40)).as(OfExperimenterMultipartReply::new)));
    }

    private static Arbitrary<String> text(final int maxLength) {
        return Arbitraries.strings().withCharRange('\u0001', '\u007f').ofMaxLength(maxLength);
    }

    private static Arbitrary<OfFlowStatsRequest> flowRequests() {
        return Combinators.combine(u8(), INTS, INTS, LONGS, LONGS, V13Arbitraries.matches())
            .as(OfFlowStatsRequest::new);
    }

    private static Arbitrary<OfFlowStats> flowStats() {
        final Arbitrary<List<Integer>> fixed = Combinators.combine(u8(), INTS, INTS, u16(), u16(), u16(), u16())
            .as(List::of);
        return Combinators.combine(fixed, LONGS.list().ofSize(3), V13Arbitraries.matches(),
            V13Arbitraries.instructions().list().ofMaxSize(3))
            .as((f, counters, match, instructions) -> new OfFlowStats(f.get(0), f.get(1), f.get(2), f.get(3),
                f.get(4), f.get(5), f.get(6), counters.get(0), counters.get(1), counters.get(2), match,
                instructions));
    }

    private static Arbitrary<OfPortStats> portStats() {
        return Combinators.combine(INTS, LONGS.list().ofSize(12), INTS, INTS).as((port, c, sec, nsec) ->
            new OfPortStats(port, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
                c.get(8), c.get(9), c.get(10), c.get(11), sec, nsec));
    }

    private static Arbitrary<OfGroupStats> groupStats() {
        return Combinators.combine(INTS, INTS, LONGS, LONGS, INTS, INTS,
            Combinators.combine(LONGS, LONGS).as(OfBucketCounter::new).list().ofMaxSize(4)).as(OfGroupStats::new);
    }

    private static Arbitrary<OfGroupDesc> groupDescs() {
        return Combinators.combine(u8().map(OfGroupType::valueOf), INTS, V13Arbitraries.buckets().list().ofMaxSize(3))
            .as(OfGroupDesc::new);
    }

    private static Arbitrary<OfMeterStats> meterStats() {
        return Combinators.combine(INTS, INTS, LONGS, LONGS, INTS, INTS,
            Combinators.combine(LONGS, LONGS).as(OfMeterBandStats::new).list().ofMaxSize(4)).as(OfMeterStats::new);
    }

    private static Arbitrary<OfMeterConfig> meterConfigs() {
        return Combinators.combine(u16(), INTS, V13Arbitraries.meterBands().list().ofMaxSize(3))
            .as(OfMeterConfig::new);
    }

    static Arbitrary<OfTableFeatures> tableFeatures() {
        return Combinators.combine(u8(), text(31), LONGS, LONGS, INTS, INTS, properties().list().ofMaxSize(6))
            .as(OfTableFeatures::new);
    }

    static Arbitrary<OfTableFeatureProperty> properties() {
        final Arbitrary<OfInstructionId> instructionIds = Combinators.combine(u16(), bytes(6))
            .as(OfInstructionId::new);
        final Arbitrary<OfActionId> actionIds = Combinators.combine(u16(), bytes(6)).as(OfActionId::new);
        final Arbitrary<OfOxmId> oxmIds = Combinators.combine(u16(), Arbitraries.integers().between(0, 0x7f), INTS,
            Arbitraries.of(true, false), u8())
            .as((oxmClass, field, experimenter, mask, length) -> new OfOxmId(new OxmKey(oxmClass, field,
                oxmClass == OxmKey.EXPERIMENTER ? experimenter : 0), mask, length));
        return Arbitraries.oneOf(List.of(
            Combinators.combine(Arbitraries.of(0, 1), instructionIds.list().ofMaxSize(5))
                .as(OfTableFeatureProperty.Instructions::new),
            Combinators.combine(Arbitraries.of(2, 3), u8().list().ofMaxSize(10))
                .as(OfTableFeatureProperty.NextTables::new),
            Combinators.combine(Arbitraries.of(4, 5, 6, 7), actionIds.list().ofMaxSize(5))
                .as(OfTableFeatureProperty.Actions::new),
            Combinators.combine(Arbitraries.of(8, 10, 12, 13, 14, 15), oxmIds.list().ofMaxSize(5))
                .as(OfTableFeatureProperty.Oxm::new),
            Combinators.combine(Arbitraries.of(0xfffe, 0xffff), INTS, INTS, bytes(12))
                .as(OfTableFeatureProperty.Experimenter::new),
            Combinators.combine(Arbitraries.oneOf(Arbitraries.of(9, 11), Arbitraries.integers().between(16, 0xfffd)),
                bytes(12)).as(OfTableFeatureProperty.Unknown::new)));
    }

    private static Arbitrary<OfPortDesc> portDescs() {
        return Combinators.combine(INTS, V13Arbitraries.macs(), text(15), INTS.list().ofSize(8))
            .as((port, mac, name, v) -> new OfPortDesc(port, mac, name, v.get(0), v.get(1), v.get(2), v.get(3),
                v.get(4), v.get(5), v.get(6), v.get(7)));
    }
}
