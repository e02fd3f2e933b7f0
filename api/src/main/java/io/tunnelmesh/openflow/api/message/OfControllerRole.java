/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A controller role (OpenFlow 1.3.5 section 7.3.9, {@code enum ofp_controller_role}), as a value class that keeps
 * roles it does not know. The spec's names are kept, even where newer versions renamed them.
 *
 * @param code the 32-bit role code, unsigned
 */
public record OfControllerRole(int code) {
    /** {@code OFPCR_ROLE_NOCHANGE}: query the role without changing it. */
    public static final OfControllerRole NOCHANGE = new OfControllerRole(0);
    /** {@code OFPCR_ROLE_EQUAL}: full access, the default. */
    public static final OfControllerRole EQUAL = new OfControllerRole(1);
    /** {@code OFPCR_ROLE_MASTER}: full access, at most one master. */
    public static final OfControllerRole MASTER = new OfControllerRole(2);
    /** {@code OFPCR_ROLE_SLAVE}: read-only access. */
    public static final OfControllerRole SLAVE = new OfControllerRole(3);

    /**
     * The role for a wire value; never throws.
     *
     * @param code the 32-bit role code
     * @return a constant, or a role carrying an unknown code
     */
    public static OfControllerRole valueOf(final int code) {
        return switch (code) {
            case 0 -> NOCHANGE;
            case 1 -> EQUAL;
            case 2 -> MASTER;
            case 3 -> SLAVE;
            default -> new OfControllerRole(code);
        };
    }

    /**
     * Whether OpenFlow 1.3.5 defines this role.
     *
     * @return true for codes 0 to 3
     */
    public boolean isKnown() {
        return code >= 0 && code <= 3;
    }

    @Override
    public String toString() {
        final @Nullable String name = switch (code) {
            case 0 -> "NOCHANGE";
            case 1 -> "EQUAL";
            case 2 -> "MASTER";
            case 3 -> "SLAVE";
            default -> null;
        };
        return name != null ? "OFPCR_ROLE_" + name : "OFPCR_ROLE_UNKNOWN(" + Integer.toUnsignedString(code) + ")";
    }
}
