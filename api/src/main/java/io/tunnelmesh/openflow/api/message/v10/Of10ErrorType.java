/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The type of an OpenFlow 1.0 {@code OFPT_ERROR} (OpenFlow 1.0.0 section 5.4.4, {@code enum ofp_error_type}). The
 * 1.0 numbering differs from 1.3 after {@code OFPET_BAD_ACTION}: 1.0 has no instruction, match, group or meter
 * errors, so {@code OFPET_FLOW_MOD_FAILED} is 3 here and 5 in 1.3. {@link #valueOf(int)} keeps types it does not
 * know (such as Open vSwitch's {@code NXET_VENDOR}, 0xb0c2) so that they re-encode unchanged. Each type knows the
 * names of its codes, in code order, as the spec's {@code enum ofp_*_code} lists them.
 */
public final class Of10ErrorType {
    /** {@code OFPET_HELLO_FAILED} (0), codes {@code OFPHFC_*}. */
    public static final Of10ErrorType HELLO_FAILED = new Of10ErrorType(0, "OFPET_HELLO_FAILED", "OFPHFC_",
        "INCOMPATIBLE", "EPERM");
    /** {@code OFPET_BAD_REQUEST} (1), codes {@code OFPBRC_*}. */
    public static final Of10ErrorType BAD_REQUEST = new Of10ErrorType(1, "OFPET_BAD_REQUEST", "OFPBRC_",
        "BAD_VERSION", "BAD_TYPE", "BAD_STAT", "BAD_VENDOR", "BAD_SUBTYPE", "EPERM", "BAD_LEN", "BUFFER_EMPTY",
        "BUFFER_UNKNOWN");
    /** {@code OFPET_BAD_ACTION} (2), codes {@code OFPBAC_*}. */
    public static final Of10ErrorType BAD_ACTION = new Of10ErrorType(2, "OFPET_BAD_ACTION", "OFPBAC_",
        "BAD_TYPE", "BAD_LEN", "BAD_VENDOR", "BAD_VENDOR_TYPE", "BAD_OUT_PORT", "BAD_ARGUMENT", "EPERM", "TOO_MANY",
        "BAD_QUEUE");
    /** {@code OFPET_FLOW_MOD_FAILED} (3), codes {@code OFPFMFC_*}. */
    public static final Of10ErrorType FLOW_MOD_FAILED = new Of10ErrorType(3, "OFPET_FLOW_MOD_FAILED", "OFPFMFC_",
        "ALL_TABLES_FULL", "OVERLAP", "EPERM", "BAD_EMERG_TIMEOUT", "BAD_COMMAND", "UNSUPPORTED");
    /** {@code OFPET_PORT_MOD_FAILED} (4), codes {@code OFPPMFC_*}. */
    public static final Of10ErrorType PORT_MOD_FAILED = new Of10ErrorType(4, "OFPET_PORT_MOD_FAILED", "OFPPMFC_",
        "BAD_PORT", "BAD_HW_ADDR");
    /** {@code OFPET_QUEUE_OP_FAILED} (5), codes {@code OFPQOFC_*}. */
    public static final Of10ErrorType QUEUE_OP_FAILED = new Of10ErrorType(5, "OFPET_QUEUE_OP_FAILED", "OFPQOFC_",
        "BAD_PORT", "BAD_QUEUE", "EPERM");

    private static final List<Of10ErrorType> STANDARD = List.of(HELLO_FAILED, BAD_REQUEST, BAD_ACTION,
        FLOW_MOD_FAILED, PORT_MOD_FAILED, QUEUE_OP_FAILED);

    private final int code;
    private final String name;
    private final String codePrefix;
    private final List<String> codeNames;

    private Of10ErrorType(final int code, final String name, final String codePrefix, final String... codeNames) {
        this.code = code;
        this.name = name;
        this.codePrefix = codePrefix;
        this.codeNames = List.of(codeNames);
    }

    /**
     * The type for a wire value; never throws for a 16-bit value, unknown types are kept.
     *
     * @param code the 16-bit type
     * @return a known constant or an unknown type carrying {@code code}
     * @throws IllegalArgumentException if {@code code} does not fit in 16 bits
     */
    public static Of10ErrorType valueOf(final int code) {
        if (code >= 0 && code < STANDARD.size()) {
            return STANDARD.get(code);
        }
        if (code < 0 || code > 0xffff) {
            throw new IllegalArgumentException("error type must be 16 bits: " + code);
        }
        return new Of10ErrorType(code, "OFPET_UNKNOWN(" + code + ")", "");
    }

    /**
     * The type as sent on the wire.
     *
     * @return 0 to 0xffff
     */
    public int code() {
        return code;
    }

    /**
     * The spec's name, such as {@code OFPET_FLOW_MOD_FAILED}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Number of codes 1.0.0 defines for this type; codes 0 to {@code codeCount() - 1} have names.
     *
     * @return 0 for unknown types
     */
    public int codeCount() {
        return codeNames.size();
    }

    String codeName(final int errorCode) {
        return errorCode >= 0 && errorCode < codeNames.size() ? codePrefix + codeNames.get(errorCode)
            : "UNKNOWN(" + errorCode + ")";
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof Of10ErrorType other && code == other.code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return name;
    }
}
