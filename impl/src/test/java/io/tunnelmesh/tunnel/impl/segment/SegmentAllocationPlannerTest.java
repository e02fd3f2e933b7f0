/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.segment;

import static io.tunnelmesh.tunnel.api.Encapsulation.GENEVE;
import static io.tunnelmesh.tunnel.api.Encapsulation.GRE;
import static io.tunnelmesh.tunnel.api.Encapsulation.STT;
import static io.tunnelmesh.tunnel.api.Encapsulation.VXLAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.IntentBuilder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

class SegmentAllocationPlannerTest {
    private static SegmentAllocation allocation(final String network, final Encapsulation encapsulation,
            final long segmentId) {
        return new SegmentAllocation(network, encapsulation, segmentId);
    }

    private static NetworkSegment active(final String network, final long segmentId) {
        return new NetworkSegment(network, segmentId, Status.Active, null);
    }

    private static NetworkSegment error(final String network, final String reason) {
        return new NetworkSegment(network, null, Status.Error, reason);
    }

    private static Map<String, SegmentAllocation> previous(final SegmentAllocation... allocations) {
        final var result = new HashMap<String, SegmentAllocation>();
        for (var allocation : allocations) {
            result.put(allocation.network(), allocation);
        }
        return result;
    }

    /** The segment ID each network uses, for tests that are only about which IDs are chosen. */
    private static Map<String, Long> segmentIds(final SegmentPlan plan) {
        final var result = new HashMap<String, Long>();
        plan.networks().forEach((name, segment) -> {
            final Long id = segment.segmentId();
            if (id != null) {
                result.put(name, id);
            }
        });
        return result;
    }

    @Test
    void emptyIntentHasAnEmptyPlan() {
        assertEquals(new SegmentPlan(Map.of(), Map.of()), SegmentAllocationPlanner.plan(Intent.EMPTY, Map.of()));
    }

    @Test
    void allocatesTheLowestFreeIdsInNetworkNameOrder() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .network("charlie", VXLAN)
            .network("alpha", VXLAN)
            .network("bravo", VXLAN)
            .build();

        assertEquals(new SegmentPlan(
            previous(allocation("alpha", VXLAN, 100), allocation("bravo", VXLAN, 101),
                allocation("charlie", VXLAN, 102)),
            Map.of("alpha", active("alpha", 100), "bravo", active("bravo", 101), "charlie", active("charlie", 102))),
            SegmentAllocationPlanner.plan(intent, Map.of()));
    }

    @Test
    void explicitIdsAreUsedAndSkippedByAllocation() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .network("a", VXLAN, 100L)
            .network("b", VXLAN, 102L)
            .network("c", VXLAN)
            .network("d", VXLAN)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, Map.of());

        // explicit IDs are not allocations: nothing to store for them
        assertEquals(previous(allocation("c", VXLAN, 101), allocation("d", VXLAN, 103)), plan.allocations());
        assertEquals(Map.of("a", active("a", 100), "b", active("b", 102), "c", active("c", 101), "d", active("d", 103)),
            plan.networks());
    }

    @Test
    void explicitIdOfAnotherEncapsulationDoesNotTakeTheId() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .network("a", GENEVE, 100L)
            .network("b", VXLAN)
            .build();

        assertEquals(Map.of("a", 100L, "b", 100L), segmentIds(SegmentAllocationPlanner.plan(intent, Map.of())));
    }

    @Test
    void previousAllocationsAreKeptEvenWhenLowerIdsAreFree() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .network("a", VXLAN)
            .network("b", VXLAN)
            .network("c", VXLAN)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent,
            previous(allocation("b", VXLAN, 150), allocation("c", VXLAN, 101)));

        assertEquals(previous(allocation("a", VXLAN, 100), allocation("b", VXLAN, 150), allocation("c", VXLAN, 101)),
            plan.allocations());
        assertEquals(Map.of("a", active("a", 100), "b", active("b", 150), "c", active("c", 101)), plan.networks());
    }

    @Test
    void newAllocationsFillTheGapsBetweenKeptOnes() {
        final var intent = new IntentBuilder()
            .range(GRE, 1, 10)
            .network("a", GRE)
            .network("c", GRE)
            .network("b", GRE)
            .network("d", GRE)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent,
            previous(allocation("a", GRE, 1), allocation("c", GRE, 3)));

        assertEquals(Map.of("a", 1L, "b", 2L, "c", 3L, "d", 4L), segmentIds(plan));
    }

    @Test
    void allocationMovesWhenAnExplicitIdNowClaimsIt() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .network("allocated", VXLAN)
            .network("explicit", VXLAN, 100L)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, previous(allocation("allocated", VXLAN, 100)));

        assertEquals(previous(allocation("allocated", VXLAN, 101)), plan.allocations());
        assertEquals(Map.of("allocated", active("allocated", 101), "explicit", active("explicit", 100)),
            plan.networks());
    }

    @Test
    void allocationIsDroppedWhenTheNetworkNowNamesItsId() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .network("a", VXLAN, 150L)
            .network("b", VXLAN)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, previous(allocation("a", VXLAN, 100)));

        // a's old ID is free again, and the lowest
        assertEquals(previous(allocation("b", VXLAN, 100)), plan.allocations());
        assertEquals(Map.of("a", active("a", 150), "b", active("b", 100)), plan.networks());
    }

    @Test
    void allocationIsDroppedWhenTheEncapsulationChanged() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .range(GENEVE, 100, 199)
            .network("a", GENEVE)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, previous(allocation("a", VXLAN, 150)));

        assertEquals(previous(allocation("a", GENEVE, 100)), plan.allocations());
        assertEquals(Map.of("a", active("a", 100)), plan.networks());
    }

    @Test
    void allocationOutlivesTheRangeItCameFrom() {
        // a network's segment must not change under running traffic: ranges only govern new allocations
        final var intent = new IntentBuilder()
            .range(VXLAN, 1000, 1999)
            .network("a", VXLAN)
            .network("b", VXLAN)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, previous(allocation("a", VXLAN, 150)));

        assertEquals(previous(allocation("a", VXLAN, 150), allocation("b", VXLAN, 1000)), plan.allocations());
    }

    @Test
    void allocationOutlivesTheLastRangeOfItsEncapsulation() {
        final var intent = new IntentBuilder()
            .range(GENEVE, 100, 199)
            .network("a", VXLAN)
            .network("b", VXLAN)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, previous(allocation("a", VXLAN, 150)));

        assertEquals(previous(allocation("a", VXLAN, 150)), plan.allocations());
        assertEquals(Map.of("a", active("a", 150), "b", error("b",
            "no segmentation-id configured and no vxlan segment-range to allocate one from")), plan.networks());
    }

    @Test
    void allocationOfADeletedNetworkIsDroppedAndItsIdReused() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .network("new", VXLAN)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, previous(allocation("deleted", VXLAN, 100)));

        assertEquals(previous(allocation("new", VXLAN, 100)), plan.allocations());
        assertEquals(Set.of("new"), plan.networks().keySet());
    }

    @Test
    void sameIdMayBeAllocatedOncePerEncapsulation() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .range(GENEVE, 100, 199)
            .network("a", VXLAN)
            .network("b", GENEVE)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent,
            previous(allocation("a", VXLAN, 120), allocation("b", GENEVE, 120)));

        assertEquals(previous(allocation("a", VXLAN, 120), allocation("b", GENEVE, 120)), plan.allocations());
    }

    @Test
    void clashingPreviousAllocationsKeepTheFirstNetworkByName() {
        // possible only if the stored allocations were edited by hand
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .network("a", VXLAN)
            .network("b", VXLAN)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent,
            previous(allocation("a", VXLAN, 120), allocation("b", VXLAN, 120)));

        assertEquals(previous(allocation("a", VXLAN, 120), allocation("b", VXLAN, 100)), plan.allocations());
    }

    @Test
    void networkWithoutRangeIsInError() {
        final var intent = new IntentBuilder()
            .range(GENEVE, 1, 100)
            .network("blue", VXLAN)
            .build();

        assertEquals(new SegmentPlan(Map.of(), Map.of("blue", error("blue",
            "no segmentation-id configured and no vxlan segment-range to allocate one from"))),
            SegmentAllocationPlanner.plan(intent, Map.of()));
    }

    @Test
    void networksBeyondAnExhaustedRangeAreInError() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 5, 5)
            .range(VXLAN, 1, 2)
            .network("a", VXLAN)
            .network("b", VXLAN)
            .network("c", VXLAN)
            .network("d", VXLAN)
            .network("e", VXLAN)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, Map.of());

        assertEquals(previous(allocation("a", VXLAN, 1), allocation("b", VXLAN, 2), allocation("c", VXLAN, 5)),
            plan.allocations());
        final var reason = "no free segmentation-id left in the vxlan segment ranges vxlan 1..2, vxlan 5..5";
        assertEquals(error("d", reason), plan.networks().get("d"));
        assertEquals(error("e", reason), plan.networks().get("e"));
    }

    @Test
    void allocatesAcrossRangesSortedByMin() {
        final var intent = new IntentBuilder()
            .range(GRE, 500, 501)
            .range(GRE, 10, 11)
            .range(GRE, 90, 90)
            .network("n1", GRE)
            .network("n2", GRE)
            .network("n3", GRE)
            .network("n4", GRE)
            .network("n5", GRE)
            .build();

        assertEquals(Map.of("n1", 10L, "n2", 11L, "n3", 90L, "n4", 500L, "n5", 501L),
            segmentIds(SegmentAllocationPlanner.plan(intent, Map.of())));
    }

    @Test
    void explicitIdsFillingARangeSendAllocationToTheNextRange() {
        final var intent = new IntentBuilder()
            .range(GRE, 10, 11)
            .range(GRE, 20, 29)
            .network("x", GRE, 10L)
            .network("y", GRE, 11L)
            .network("z", GRE)
            .build();

        assertEquals(previous(allocation("z", GRE, 20)), SegmentAllocationPlanner.plan(intent, Map.of()).allocations());
    }

    @Test
    void sttRangeAtTheTopOfSixtyFourBitsDoesNotOverflow() {
        // 2^64 - 2 .. 2^64 - 1 as unsigned longs; a signed or wrapping walk would hand out 0 or a negative range
        final var intent = new IntentBuilder()
            .range(STT, -2L, -1L)
            .network("a", STT)
            .network("b", STT)
            .network("c", STT)
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, Map.of());

        assertEquals(previous(allocation("a", STT, -2L), allocation("b", STT, -1L)), plan.allocations());
        assertEquals(error("c", "no free segmentation-id left in the stt segment ranges "
            + "stt 18446744073709551614..18446744073709551615"), plan.networks().get("c"));
    }

    @Test
    void sttRangesAreSortedUnsigned() {
        // signed, the top range would sort first
        final var intent = new IntentBuilder()
            .range(STT, -1L, -1L)
            .range(STT, 7, 7)
            .network("a", STT)
            .network("b", STT)
            .build();

        assertEquals(Map.of("a", 7L, "b", -1L), segmentIds(SegmentAllocationPlanner.plan(intent, Map.of())));
    }

    @Test
    void invalidRangesAreNotAllocatedFrom() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 0, 3)
            .range(VXLAN, 9, 8)
            .range(VXLAN, 16_777_215L, 16_777_216L)
            .range(VXLAN, 40, 41)
            .network("a", VXLAN)
            .build();

        assertEquals(Map.of("a", 40L), segmentIds(SegmentAllocationPlanner.plan(intent, Map.of())));
    }

    @Test
    void networkWithoutPortsIsActive() {
        final var intent = new IntentBuilder().network("blue", VXLAN, 7L).build();

        assertEquals(Map.of("blue", new NetworkSegment("blue", 7L, Status.Active, null)),
            SegmentAllocationPlanner.plan(intent, Map.of()).networks());
    }

    @Test
    void networkWithPortsIsActiveAsFarAsSegmentsGo() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 100, 199)
            .node("compute-1", "192.0.2.1")
            .node("compute-2", "192.0.2.2")
            .node("compute-3", "192.0.2.3")
            .network("blue", VXLAN)
            .port("blue", "vm-1", "compute-2", "tap1", "02:00:00:00:00:01")
            .port("blue", "vm-2", "compute-1", "tap2", "02:00:00:00:00:02")
            .port("blue", "vm-3", "compute-2", "tap3", "02:00:00:00:00:03")
            .network("red", VXLAN, 7L)
            .port("red", "vm-4", "compute-3", "tap4", "02:00:00:00:00:04")
            .build();

        final var plan = SegmentAllocationPlanner.plan(intent, Map.of());

        // programming the nodes is the overlay planner's part of the status: as for segments, both are active
        assertEquals(new NetworkSegment("blue", 100L, Status.Active, null), plan.networks().get("blue"));
        assertEquals(new NetworkSegment("red", 7L, Status.Active, null), plan.networks().get("red"));
    }

    @Test
    void clashingExplicitIdsPutTheLaterNetworkInError() {
        // possible only if validation was bypassed
        final var intent = new IntentBuilder()
            .range(VXLAN, 1, 10)
            .network("b", VXLAN, 7L)
            .network("a", VXLAN, 7L)
            .build();

        assertEquals(new SegmentPlan(Map.of(), Map.of("a", active("a", 7),
            "b", error("b", "segmentation-id 7 is also used by network a"))),
            SegmentAllocationPlanner.plan(intent, Map.of()));
    }

    @Test
    void planningItsOwnAllocationsAgainChangesNothing() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 1, 3)
            .network("a", VXLAN)
            .network("b", VXLAN, 2L)
            .network("c", VXLAN)
            .network("d", VXLAN)
            .build();

        final var first = SegmentAllocationPlanner.plan(intent, Map.of());

        assertEquals(first, SegmentAllocationPlanner.plan(intent, first.allocations()));
    }

    @Test
    void allocatesThousandsOfNetworksDensely() {
        final var builder = new IntentBuilder().range(VXLAN, 1, 16_777_215L);
        final int count = 3000;
        for (int i = 0; i < count; i++) {
            builder.network("net-" + i, VXLAN);
        }

        final var ids = new HashSet<>(segmentIds(SegmentAllocationPlanner.plan(builder.build(), Map.of())).values());

        final var expected = new HashSet<Long>();
        for (long id = 1; id <= count; id++) {
            expected.add(id);
        }
        assertEquals(expected, ids);
    }
}
