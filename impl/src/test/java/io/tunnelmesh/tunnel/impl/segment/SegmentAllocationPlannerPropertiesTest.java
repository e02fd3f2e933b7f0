/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NetworkIntent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import io.tunnelmesh.tunnel.impl.intent.SegmentRange;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * Properties of {@link SegmentAllocationPlanner} over random intents and random stored allocations. Segment IDs are
 * drawn from a few narrow windows (the bottom of the space, the top of the 24- and 32-bit spaces, the top of the
 * 64-bit space) so that networks, ranges and stored allocations collide often; ranges may be invalid or overlap,
 * networks may name clashing IDs and stored allocations may be stale, as they can be if validation was bypassed.
 */
class SegmentAllocationPlannerPropertiesTest {
    private static final int NAMES = 12;

    /** An intent and the allocations stored before it. */
    record Scenario(Intent intent, Map<String, SegmentAllocation> previous) {
    }

    @Property(tries = 500)
    void sameEncapsulationNeverSharesAnId(@ForAll("scenarios") final Scenario scenario) {
        final var plan = SegmentAllocationPlanner.plan(scenario.intent(), scenario.previous());

        final var owners = new EnumMap<Encapsulation, Map<Long, String>>(Encapsulation.class);
        for (var segment : plan.networks().values()) {
            final Long id = segment.segmentId();
            if (id != null) {
                final var encapsulation = scenario.intent().networks().get(segment.network()).encapsulation();
                final var owner = owners.computeIfAbsent(encapsulation, unused -> new HashMap<>())
                    .putIfAbsent(id, segment.network());
                assertNull(owner, () -> segment.network() + " and " + owner + " share " + encapsulation + " ID "
                    + Long.toUnsignedString(id));
            }
        }
    }

    @Property(tries = 500)
    void everyAllocatedIdIsKeptOrLiesInAValidRangeOfItsEncapsulation(@ForAll("scenarios") final Scenario scenario) {
        final var intent = scenario.intent();
        final var plan = SegmentAllocationPlanner.plan(intent, scenario.previous());

        for (var entry : plan.allocations().entrySet()) {
            final var allocation = entry.getValue();
            final var network = intent.networks().get(entry.getKey());
            assertEquals(entry.getKey(), allocation.network());
            assertEquals(network.encapsulation(), allocation.encapsulation(), allocation::toString);
            assertNull(network.segmentationId(), () -> "allocated to a network that names its ID: " + allocation);
            // a new allocation comes from a range; a kept one may outlive its range (segments never move)
            assertTrue(allocation.equals(scenario.previous().get(entry.getKey()))
                || intent.segmentRanges().stream().anyMatch(range -> isValid(range)
                    && range.encapsulation() == allocation.encapsulation() && range.contains(allocation.segmentId())),
                allocation::toString);
            assertTrue(allocation.encapsulation().isValidSegmentId(allocation.segmentId()), allocation::toString);
            assertEquals(allocation.segmentId(), plan.networks().get(entry.getKey()).segmentId());
        }
    }

    @Property(tries = 500)
    void everyNetworkHasASegmentOrAReason(@ForAll("scenarios") final Scenario scenario) {
        final var intent = scenario.intent();
        final var plan = SegmentAllocationPlanner.plan(intent, scenario.previous());

        assertEquals(intent.networks().keySet(), plan.networks().keySet());
        for (var segment : plan.networks().values()) {
            final var network = intent.networks().get(segment.network());
            if (segment.segmentId() == null) {
                assertEquals(Status.Error, segment.status(), segment::toString);
                assertNotNull(segment.reason(), segment::toString);
            } else if (network.segmentationId() == null) {
                assertTrue(plan.allocations().containsKey(segment.network()), segment::toString);
            } else {
                assertEquals(network.segmentationId(), segment.segmentId());
            }
        }
    }

    @Property(tries = 500)
    void planningItsOwnAllocationsAgainIsAFixedPoint(@ForAll("scenarios") final Scenario scenario) {
        final var first = SegmentAllocationPlanner.plan(scenario.intent(), scenario.previous());

        assertEquals(first, SegmentAllocationPlanner.plan(scenario.intent(), first.allocations()));
    }

    @Property(tries = 500)
    void addingANetworkMovesNoAllocation(@ForAll("scenarios") final Scenario scenario,
            @ForAll("encapsulations") final Encapsulation encapsulation) {
        final var before = SegmentAllocationPlanner.plan(scenario.intent(), scenario.previous());
        final var networks = new HashMap<>(scenario.intent().networks());
        networks.put("added", new NetworkIntent("added", encapsulation, null, Map.of()));
        final var intent = new Intent(scenario.intent().segmentRanges(), scenario.intent().nodes(), networks);

        final var after = SegmentAllocationPlanner.plan(intent, before.allocations());

        for (var allocation : before.allocations().values()) {
            assertEquals(allocation, after.allocations().get(allocation.network()));
        }
    }

    @Property(tries = 500)
    void freshAllocationHandsOutTheLowestFreeIdsInNameOrder(@ForAll("scenarios") final Scenario scenario) {
        final var intent = scenario.intent();
        final var plan = SegmentAllocationPlanner.plan(intent, Map.of());

        for (var encapsulation : Encapsulation.values()) {
            final var waiting = new TreeMap<>(intent.networks()).values().stream()
                .filter(network -> network.encapsulation() == encapsulation && network.segmentationId() == null)
                .map(NetworkIntent::name)
                .toList();
            final var explicit = intent.networks().values().stream()
                .filter(network -> network.encapsulation() == encapsulation)
                .map(NetworkIntent::segmentationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
            final var free = lowestFreeIds(intent.segmentRanges().stream()
                .filter(range -> range.encapsulation() == encapsulation && isValid(range))
                .toList(), explicit, waiting.size()).iterator();
            final var expected = new TreeMap<String, Long>();
            for (var network : waiting) {
                if (free.hasNext()) {
                    expected.put(network, free.next());
                }
            }
            final var actual = new TreeMap<String, Long>();
            plan.allocations().values().stream()
                .filter(allocation -> allocation.encapsulation() == encapsulation)
                .forEach(allocation -> actual.put(allocation.network(), allocation.segmentId()));
            assertEquals(expected, actual, encapsulation::toString);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        final var ranges = Combinators.combine(encapsulations(), segmentIds(), Arbitraries.longs().between(-2, 6))
            // min + length may end below min (an invalid range, to be ignored) or wrap around 2^64: 1 - 2 gives
            // the valid STT range 1..2^64-1
            .as((encapsulation, min, length) -> new SegmentRange(encapsulation, min, min + length))
            .list().ofMaxSize(8);
        final var networks = Combinators.combine(encapsulations(), segmentIds().injectNull(0.7),
            Arbitraries.integers().between(0, 2))
            .as(NetworkSpec::new)
            .list().ofMaxSize(NAMES);
        final var previous = Combinators.combine(Arbitraries.integers().between(0, NAMES + 2), encapsulations(),
            segmentIds())
            .as((index, encapsulation, id) -> new SegmentAllocation(name(index), encapsulation, id))
            .list().ofMaxSize(NAMES);
        return Combinators.combine(ranges, networks, previous).as(SegmentAllocationPlannerPropertiesTest::scenario);
    }

    @Provide
    Arbitrary<Encapsulation> encapsulations() {
        return Arbitraries.of(Encapsulation.class);
    }

    private static Arbitrary<Long> segmentIds() {
        return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.longs().between(0, 24)),
            Tuple.of(1, Arbitraries.longs().between(16_777_210L, 16_777_217L)),
            Tuple.of(1, Arbitraries.longs().between(4_294_967_290L, 4_294_967_297L)),
            // 2^64 - 8 .. 2^64 - 1, unsigned
            Tuple.of(2, Arbitraries.longs().between(-8, -1)));
    }

    /** A network before it is named: its encapsulation, its explicit ID if any, and how many ports it has. */
    private record NetworkSpec(Encapsulation encapsulation, @Nullable Long segmentationId, int ports) {
    }

    private static Scenario scenario(final List<SegmentRange> ranges, final List<NetworkSpec> specs,
            final List<SegmentAllocation> allocations) {
        final var networks = new HashMap<String, NetworkIntent>();
        for (int i = 0; i < specs.size(); i++) {
            final var spec = specs.get(i);
            final var name = name(i);
            final var ports = new HashMap<String, PortIntent>();
            for (int p = 0; p < spec.ports(); p++) {
                ports.put("port-" + p, new PortIntent("port-" + p, "node-" + (i + p) % 3, name + "-" + p,
                    "02:00:00:00:00:0" + p, List.of()));
            }
            networks.put(name, new NetworkIntent(name, spec.encapsulation(), spec.segmentationId(), ports));
        }
        final var previous = new HashMap<String, SegmentAllocation>();
        for (var allocation : allocations) {
            previous.put(allocation.network(), allocation);
        }
        return new Scenario(new Intent(ranges, Map.of(), networks), previous);
    }

    private static String name(final int index) {
        // "net-10" sorts before "net-2": name order is not creation order
        return "net-" + index;
    }

    private static boolean isValid(final SegmentRange range) {
        final var encapsulation = range.encapsulation();
        return encapsulation.isValidSegmentId(range.min()) && encapsulation.isValidSegmentId(range.max())
            && Long.compareUnsigned(range.min(), range.max()) <= 0;
    }

    /**
     * The model of allocation: the {@code count} lowest IDs (unsigned) lying in any of the ranges and not excluded.
     * They are among the {@code count + excluded.size()} lowest IDs of each range, which keeps the walk short even
     * for a range as wide as 1..2^64-1.
     */
    private static List<Long> lowestFreeIds(final List<SegmentRange> ranges, final Set<Long> excluded,
            final int count) {
        final var candidates = new TreeSet<Long>(Long::compareUnsigned);
        for (var range : ranges) {
            long id = range.min();
            for (int taken = 0; taken < count + excluded.size(); taken++) {
                candidates.add(id);
                if (id == range.max()) {
                    break;
                }
                id++;
            }
        }
        candidates.removeAll(excluded);
        return candidates.stream().limit(count).toList();
    }
}
