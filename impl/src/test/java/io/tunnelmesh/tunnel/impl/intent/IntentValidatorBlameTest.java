/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static io.tunnelmesh.tunnel.api.Encapsulation.STT;
import static io.tunnelmesh.tunnel.api.Encapsulation.VXLAN;
import static io.tunnelmesh.tunnel.impl.intent.IntentViolation.Kind.DATA_EXISTS;
import static io.tunnelmesh.tunnel.impl.intent.IntentViolation.Kind.DATA_MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.tunnel.impl.segment.SegmentAllocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a commit makes two objects clash, {@link IntentValidator} names the one the commit changed, whatever the
 * names' order: the user sees what is wrong with what they just wrote.
 */
class IntentValidatorBlameTest {
    @Test
    void newNetworkTakingAnExistingSegmentIsBlamed() {
        final var before = new IntentBuilder().network("net-stt", STT, 1012L).build();
        final var after = new IntentBuilder().network("net-stt", STT, 1012L).network("green", STT, 1012L).build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "network green: segmentation-id 1012 is already used by stt network net-stt")),
            IntentValidator.validate(after, before));
    }

    @Test
    void networkMovedOntoAnotherSegmentIsBlamedEvenWhenItsNameSortsFirst() {
        final var before = new IntentBuilder().network("a", VXLAN, 7L).network("b", VXLAN, 5L).build();
        final var after = new IntentBuilder().network("a", VXLAN, 5L).network("b", VXLAN, 5L).build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "network a: segmentation-id 5 is already used by vxlan network b")),
            IntentValidator.validate(after, before));
    }

    @Test
    void newNodeReusingATunnelIpIsBlamed() {
        final var before = new IntentBuilder().node("zeta", "192.0.2.1").build();
        final var after = new IntentBuilder().node("zeta", "192.0.2.1").node("alpha", "192.0.2.1").build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "node alpha: tunnel-ip 192.0.2.1 is already the tunnel-ip of node zeta")),
            IntentValidator.validate(after, before));
    }

    @Test
    void newPortReusingAMacIsBlamed() {
        final var before = new IntentBuilder().node("n1", "192.0.2.1").network("blue", VXLAN)
            .port("blue", "zz", "n1", "tap1", "02:00:00:00:00:01").build();
        final var after = new IntentBuilder().node("n1", "192.0.2.1").network("blue", VXLAN)
            .port("blue", "zz", "n1", "tap1", "02:00:00:00:00:01")
            .port("blue", "aa", "n1", "tap2", "02:00:00:00:00:01").build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "port aa of network blue: mac-address 02:00:00:00:00:01 is already used by port zz of the same network")),
            IntentValidator.validate(after, before));
    }

    @Test
    void explicitIdAllocatedToAnotherNetworkIsRefused() {
        final var intent = new IntentBuilder().network("green", VXLAN).network("blue", VXLAN, 1001L).build();
        final var allocated = Map.of("green", new SegmentAllocation("green", VXLAN, 1001));

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "network blue: segmentation-id 1001 is allocated to vxlan network green; choose another")),
            IntentValidator.validate(intent, Intent.EMPTY, allocated));
    }

    @Test
    void networkMayClaimItsOwnAllocationOrOneWhoseHolderIsGone() {
        final var intent = new IntentBuilder().network("green", VXLAN, 1001L).network("blue", VXLAN, 1002L)
            .network("red", STT, 1003L).build();
        // green pins its own allocation; blue's holder was deleted; red's holder has another encapsulation
        final var allocated = Map.of(
            "green", new SegmentAllocation("green", VXLAN, 1001),
            "gone", new SegmentAllocation("gone", VXLAN, 1002),
            "other", new SegmentAllocation("other", VXLAN, 1003));

        assertEquals(List.of(), IntentValidator.validate(intent, Intent.EMPTY, allocated));
    }

    @Test
    void deletingANodeInUseNamesThePortThatHoldsIt() {
        final var before = new IntentBuilder().node("n1", "192.0.2.1").network("blue", VXLAN)
            .port("blue", "vm-1", "n1", "tap1", "02:00:00:00:00:01").build();
        final var after = new IntentBuilder().network("blue", VXLAN)
            .port("blue", "vm-1", "n1", "tap1", "02:00:00:00:00:01").build();

        assertEquals(List.of(new IntentViolation(DATA_MISSING,
            "node n1 is still used by port vm-1 of network blue; delete or move the port first")),
            IntentValidator.validate(after, before));
    }
}
