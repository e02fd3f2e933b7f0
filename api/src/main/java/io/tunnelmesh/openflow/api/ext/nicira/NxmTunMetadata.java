/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code NXM_NX_TUN_METADATA0} to {@code NXM_NX_TUN_METADATA63} (Open vSwitch {@code ovs-fields(7)},
 * {@code tun_metadata0..63}, class 0x0001 fields 40 to 103, 1 to 124 bytes, maskable): the Geneve options (RFC 8926
 * section 3.5) a switch maps to these fields with an {@link NxTlvTableMod}. The field is variable-length: Open vSwitch
 * writes as many bytes as the value has (a 2-byte value is a 2-byte field; a masked one carries a mask of the same
 * length), and a switch compares them against the option length the TLV table gives.
 * <pre>
 *   | 0x0001 | 40+index | M | len | value (len, or len/2 when M) | mask (len/2, when M) |
 * </pre>
 * One record for the 64 fields, chosen by {@link #index()}.
 *
 * @param index the field number within the family, 0 to {@value #COUNT}-1
 * @param value the value, 1 to {@value #MAX_LENGTH} bytes
 * @param mask a mask as long as the value, or {@code null} for an exact match
 */
public record NxmTunMetadata(int index, OfBytes value, @Nullable OfBytes mask) implements OxmExtensionField {
    /** How many tunnel metadata fields there are. */
    public static final int COUNT = 64;
    /** The longest value: a Geneve option carries at most 124 bytes of data (RFC 8926 section 3.5). */
    public static final int MAX_LENGTH = 124;

    /**
     * Checks the index and the lengths.
     *
     * @throws IllegalArgumentException if the index is not 0 to 63, the value is empty or longer than 124 bytes, or
     *     the mask's length differs from the value's
     */
    public NxmTunMetadata {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("NXM_NX_TUN_METADATA index must be 0 to 63: " + index);
        }
        if (value.length() < 1 || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("NXM_NX_TUN_METADATA" + index + " value must be 1 to 124 bytes: "
                + value.length());
        }
        // requireNonNullElse rather than a null test: SpotBugs reads a branch on the mask as storing a known null
        final int maskLength = Objects.requireNonNullElse(mask, value).length();
        if (maskLength != value.length()) {
            throw new IllegalArgumentException("NXM_NX_TUN_METADATA" + index + " mask of " + maskLength
                + " bytes for a value of " + value.length());
        }
    }

    /**
     * An exact match.
     *
     * @param index the field number, 0 to 63
     * @param value the value
     * @return the field
     */
    public static NxmTunMetadata of(final int index, final OfBytes value) {
        return new NxmTunMetadata(index, value, null);
    }

    /**
     * A masked match.
     *
     * @param index the field number, 0 to 63
     * @param value the value
     * @param mask the mask, as long as the value
     * @return the field
     */
    public static NxmTunMetadata masked(final int index, final OfBytes value, final OfBytes mask) {
        return new NxmTunMetadata(index, value, mask);
    }
}
