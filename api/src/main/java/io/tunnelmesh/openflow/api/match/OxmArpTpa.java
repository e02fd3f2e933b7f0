/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import java.net.Inet4Address;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_ARP_TPA} (OpenFlow 1.3.5 section 7.2.3.7, field 23, 4 bytes, maskable):
 * the ARP target IPv4 address.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmArpTpa(Inet4Address value, @Nullable Inet4Address mask) implements OxmField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmArpTpa of(final Inet4Address value) {
        return new OxmArpTpa(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmArpTpa masked(final Inet4Address value, final Inet4Address mask) {
        return new OxmArpTpa(value, mask);
    }
}
