/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.OfUnsigned;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_TCP_DST} (OpenFlow 1.3.5 section 7.2.3.7, field 14, 2 bytes, maskable):
 * the TCP destination port. The spec makes it exact only; Open vSwitch accepts and emits a mask ({@code
 * tcp_dst=0x100/0xff00}), so this library does too.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmTcpDst(int value, @Nullable Integer mask) implements OxmField {
    /**
     * Checks the value and mask fit the field.
     *
     * @throws IllegalArgumentException if they do not
     */
    public OxmTcpDst {
        OfUnsigned.check("OXM_OF_TCP_DST", value, 16);
        // requireNonNullElse rather than a null test, as OxmVlanVid explains
        OfUnsigned.check("OXM_OF_TCP_DST mask", Objects.requireNonNullElse(mask, 0), 16);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmTcpDst of(final int value) {
        return new OxmTcpDst(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmTcpDst masked(final int value, final int mask) {
        return new OxmTcpDst(value, mask);
    }
}
