/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api;

import org.eclipse.jdt.annotation.Nullable;

/**
 * An OpenFlow protocol version as carried in the first byte of every OpenFlow header (OpenFlow 1.3.5 section 7.1,
 * {@code ofp_header.version}). A value class rather than an enum: {@link #valueOf(int)} accepts any byte a peer
 * sends, so a HELLO announcing a version we do not know can still be decoded, negotiated down (section 6.3.1) and
 * answered.
 * <pre>
 *   wire  version   supported
 *   0x01  1.0       OF10
 *   0x04  1.3       OF13
 *   other unknown   kept as is, {@link #isKnown()} false
 * </pre>
 */
public final class OfVersion implements Comparable<OfVersion> {
    /** OpenFlow 1.0, wire version 0x01. */
    public static final OfVersion OF10 = new OfVersion(0x01, "1.0");
    /** OpenFlow 1.3, wire version 0x04. */
    public static final OfVersion OF13 = new OfVersion(0x04, "1.3");

    private final int wireVersion;
    private final @Nullable String label;

    private OfVersion(final int wireVersion, final @Nullable String label) {
        this.wireVersion = wireVersion;
        this.label = label;
    }

    /**
     * The version for a wire byte. Never throws for a byte read from the wire: unknown versions are kept.
     *
     * @param wireVersion the version byte, 0 to 255
     * @return {@link #OF10}, {@link #OF13} or an unknown version carrying {@code wireVersion}
     * @throws IllegalArgumentException if {@code wireVersion} does not fit in a byte
     */
    public static OfVersion valueOf(final int wireVersion) {
        return switch (wireVersion) {
            case 0x01 -> OF10;
            case 0x04 -> OF13;
            default -> {
                if (wireVersion < 0 || wireVersion > 0xff) {
                    throw new IllegalArgumentException("OpenFlow version must be a byte: " + wireVersion);
                }
                yield new OfVersion(wireVersion, null);
            }
        };
    }

    /**
     * The version byte as sent on the wire.
     *
     * @return 0 to 255
     */
    public int wireVersion() {
        return wireVersion;
    }

    /**
     * Whether this library has a message model for this version.
     *
     * @return true for 1.0 and 1.3
     */
    public boolean isKnown() {
        return label != null;
    }

    @Override
    public int compareTo(final OfVersion other) {
        return Integer.compare(wireVersion, other.wireVersion);
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof OfVersion other && wireVersion == other.wireVersion;
    }

    @Override
    public int hashCode() {
        return wireVersion;
    }

    @Override
    public String toString() {
        final var known = label;
        return known != null ? "OF" + known : String.format("OF(0x%02x)", wireVersion);
    }
}
