/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.MacAddress;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_ETH_SRC} (OpenFlow 1.3.5 section 7.2.3.7, field 4, 6 bytes, maskable):
 * the Ethernet source address.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmEthSrc(MacAddress value, @Nullable MacAddress mask) implements OxmField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmEthSrc of(final MacAddress value) {
        return new OxmEthSrc(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmEthSrc masked(final MacAddress value, final MacAddress mask) {
        return new OxmEthSrc(value, mask);
    }
}
