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
 * {@code OXM_OF_ARP_SPA} (OpenFlow 1.3.5 section 7.2.3.7, field 22, 4 bytes, maskable):
 * the ARP source IPv4 address.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmArpSpa(Inet4Address value, @Nullable Inet4Address mask) implements OxmField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmArpSpa of(final Inet4Address value) {
        return new OxmArpSpa(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmArpSpa masked(final Inet4Address value, final Inet4Address mask) {
        return new OxmArpSpa(value, mask);
    }
}
