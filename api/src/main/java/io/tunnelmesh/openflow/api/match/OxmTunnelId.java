/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_TUNNEL_ID} (OpenFlow 1.3.5 section 7.2.3.7, field 38, 8 bytes, maskable):
 * the logical port metadata of a tunnel: the VNI or key of an overlay.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmTunnelId(long value, @Nullable Long mask) implements OxmField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmTunnelId of(final long value) {
        return new OxmTunnelId(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmTunnelId masked(final long value, final long mask) {
        return new OxmTunnelId(value, mask);
    }
}
