/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Version negotiation, OpenFlow 1.3.5 section 6.3.1.
 */
class OfVersionNegotiationTest {
    private static final List<OfVersion> BOTH = List.of(OfVersion.OF13, OfVersion.OF10);
    private static final OfVersion OF12 = OfVersion.valueOf(3);
    private static final OfVersion OF15 = OfVersion.valueOf(6);

    private static OfHello bitmap(final OfVersion header, final OfVersion... versions) {
        return new OfHello(header, 1, List.of(OfHelloVersionBitmap.of(versions)));
    }

    @Test
    void bothBitmapsGiveTheHighestCommonVersion() {
        assertEquals(Optional.of(OfVersion.OF13), OfVersionNegotiation.negotiate(BOTH,
            bitmap(OF15, OfVersion.OF10, OfVersion.OF13, OF15)));
        assertEquals(Optional.of(OfVersion.OF10), OfVersionNegotiation.negotiate(BOTH,
            bitmap(OF15, OfVersion.OF10, OF12, OF15)), "a higher header version does not matter with a bitmap");
    }

    @Test
    void disjointBitmapsGiveNothing() {
        assertEquals(Optional.empty(), OfVersionNegotiation.negotiate(BOTH, bitmap(OF15, OF12, OF15)));
    }

    @Test
    void withoutTheirBitmapTheSmallerHeaderVersionIsTaken() {
        assertEquals(Optional.of(OfVersion.OF13), OfVersionNegotiation.negotiate(BOTH, new OfHello(OF15, 1,
            List.of())));
        assertEquals(Optional.of(OfVersion.OF10), OfVersionNegotiation.negotiate(BOTH, new OfHello(OfVersion.OF10,
            1, List.of())));
    }

    @Test
    void withoutTheirBitmapAnUnsupportedSmallerVersionGivesNothing() {
        assertEquals(Optional.empty(), OfVersionNegotiation.negotiate(BOTH, new OfHello(OF12, 1, List.of())));
        assertEquals(Optional.empty(), OfVersionNegotiation.negotiate(List.of(OfVersion.OF13),
            new OfHello(OfVersion.OF10, 1, List.of())));
    }

    @Test
    void incompatibleTextNamesBothSides() {
        assertEquals("no common OpenFlow version: we support [OF1.3, OF1.0], the peer offered OF(0x06) with bitmap "
            + "[0x00000048]", OfVersionNegotiation.incompatible(BOTH, bitmap(OF15, OF12, OF15)));
    }
}
