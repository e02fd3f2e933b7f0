/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;
import java.util.Arrays;
import java.util.List;

/**
 * {@code OFPHET_VERSIONBITMAP} (type 1): the versions the sender supports, bit {@code n} of the bitmap standing for
 * wire version {@code n} (OpenFlow 1.3.5 section 7.5.1.1). Bitmap word {@code i} covers versions {@code 32 * i} to
 * {@code 32 * i + 31}.
 *
 * @param bitmaps the 32-bit bitmap words, in wire order
 */
public record OfHelloVersionBitmap(List<Integer> bitmaps) implements OfHelloElement {
    /**
     * Copies the words.
     */
    public OfHelloVersionBitmap {
        bitmaps = List.copyOf(bitmaps);
    }

    /**
     * A bitmap announcing exactly the given versions.
     *
     * @param versions the supported versions
     * @return the element
     */
    public static OfHelloVersionBitmap of(final OfVersion... versions) {
        int highest = 0;
        for (var version : versions) {
            highest = Math.max(highest, version.wireVersion());
        }
        final var words = new int[highest / 32 + 1];
        for (var version : versions) {
            words[version.wireVersion() / 32] |= 1 << (version.wireVersion() % 32);
        }
        return new OfHelloVersionBitmap(Arrays.stream(words).boxed().toList());
    }

    /**
     * Whether the bitmap announces a version.
     *
     * @param version the version
     * @return true if its bit is set
     */
    public boolean supports(final OfVersion version) {
        final int word = version.wireVersion() / 32;
        return word < bitmaps.size() && (bitmaps.get(word) & 1 << (version.wireVersion() % 32)) != 0;
    }
}
