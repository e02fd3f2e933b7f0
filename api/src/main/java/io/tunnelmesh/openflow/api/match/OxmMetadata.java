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
 * {@code OXM_OF_METADATA} (OpenFlow 1.3.5 section 7.2.3.7, field 2, 8 bytes, maskable):
 * the metadata passed between tables.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmMetadata(long value, @Nullable Long mask) implements OxmField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmMetadata of(final long value) {
        return new OxmMetadata(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmMetadata masked(final long value, final long mask) {
        return new OxmMetadata(value, mask);
    }
}
