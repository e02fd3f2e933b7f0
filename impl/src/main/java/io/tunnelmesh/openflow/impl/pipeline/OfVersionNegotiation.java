/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import java.util.List;
import java.util.Optional;

/**
 * Version negotiation of OpenFlow 1.3.5 section 6.3.1, as a pure function of what we support and the HELLO we
 * received. We always send a version bitmap, so:
 * <ul>
 *   <li>their HELLO has a bitmap: the negotiated version is the highest version in both bitmaps;</li>
 *   <li>it has none: the negotiated version is the smaller of our highest version and their header's version,
 *       provided we support it.</li>
 * </ul>
 * No version: the caller answers {@code OFPET_HELLO_FAILED/OFPHFC_INCOMPATIBLE} and closes.
 */
public final class OfVersionNegotiation {
    private OfVersionNegotiation() {
        // a function
    }

    /**
     * Negotiates.
     *
     * @param ours the versions we support, not empty; no codec needs to exist for them
     * @param theirs the HELLO received
     * @return the version, or empty if there is none in common
     */
    public static Optional<OfVersion> negotiate(final List<OfVersion> ours, final OfHello theirs) {
        final var bitmap = theirs.elements().stream().filter(OfHelloVersionBitmap.class::isInstance)
            .map(OfHelloVersionBitmap.class::cast).findFirst();
        if (bitmap.isPresent()) {
            return ours.stream().filter(bitmap.orElseThrow()::supports).max(OfVersion::compareTo);
        }
        final var ourHighest = ours.stream().max(OfVersion::compareTo).orElseThrow();
        final var candidate = ourHighest.compareTo(theirs.version()) <= 0 ? ourHighest : theirs.version();
        return ours.contains(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /**
     * The text of the {@code OFPHFC_INCOMPATIBLE} error, which section 7.4.4 wants human-readable ASCII.
     *
     * @param ours the versions we support
     * @param theirs the HELLO received
     * @return the explanation
     */
    public static String incompatible(final List<OfVersion> ours, final OfHello theirs) {
        return "no common OpenFlow version: we support " + ours + ", the peer offered " + theirs.version()
            + theirs.elements().stream().filter(OfHelloVersionBitmap.class::isInstance).findFirst()
                .map(bitmap -> " with bitmap " + ((OfHelloVersionBitmap) bitmap).bitmaps().stream()
                    .map(word -> String.format("0x%08x", word)).toList()).orElse("");
    }
}
