/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The type of an {@code OFPT_ERROR} message (OpenFlow 1.3.5 section 7.4.4, {@code enum ofp_error_type}): a value
 * class covering every type of 1.3.5, whose {@link #valueOf(int)} keeps types it does not know so that an error from
 * a newer switch still decodes and re-encodes unchanged. Each type knows the names of its codes, in code order, as
 * the spec's {@code enum ofp_*_code} lists them.
 */
public final class OfErrorType {
    /** {@code OFPET_HELLO_FAILED} (0), codes {@code OFPHFC_*}. */
    public static final OfErrorType HELLO_FAILED = new OfErrorType(0, "OFPET_HELLO_FAILED", "OFPHFC_",
        "INCOMPATIBLE", "EPERM");
    /** {@code OFPET_BAD_REQUEST} (1), codes {@code OFPBRC_*}. */
    public static final OfErrorType BAD_REQUEST = new OfErrorType(1, "OFPET_BAD_REQUEST", "OFPBRC_",
        "BAD_VERSION", "BAD_TYPE", "BAD_MULTIPART", "BAD_EXPERIMENTER", "BAD_EXP_TYPE", "EPERM", "BAD_LEN",
        "BUFFER_EMPTY", "BUFFER_UNKNOWN", "BAD_TABLE_ID", "IS_SLAVE", "BAD_PORT", "BAD_PACKET",
        "MULTIPART_BUFFER_OVERFLOW");
    /** {@code OFPET_BAD_ACTION} (2), codes {@code OFPBAC_*}. */
    public static final OfErrorType BAD_ACTION = new OfErrorType(2, "OFPET_BAD_ACTION", "OFPBAC_",
        "BAD_TYPE", "BAD_LEN", "BAD_EXPERIMENTER", "BAD_EXP_TYPE", "BAD_OUT_PORT", "BAD_ARGUMENT", "EPERM",
        "TOO_MANY", "BAD_QUEUE", "BAD_OUT_GROUP", "MATCH_INCONSISTENT", "UNSUPPORTED_ORDER", "BAD_TAG",
        "BAD_SET_TYPE", "BAD_SET_LEN", "BAD_SET_ARGUMENT");
    /** {@code OFPET_BAD_INSTRUCTION} (3), codes {@code OFPBIC_*}. */
    public static final OfErrorType BAD_INSTRUCTION = new OfErrorType(3, "OFPET_BAD_INSTRUCTION", "OFPBIC_",
        "UNKNOWN_INST", "UNSUP_INST", "BAD_TABLE_ID", "UNSUP_METADATA", "UNSUP_METADATA_MASK", "BAD_EXPERIMENTER",
        "BAD_EXP_TYPE", "BAD_LEN", "EPERM");
    /** {@code OFPET_BAD_MATCH} (4), codes {@code OFPBMC_*}. */
    public static final OfErrorType BAD_MATCH = new OfErrorType(4, "OFPET_BAD_MATCH", "OFPBMC_",
        "BAD_TYPE", "BAD_LEN", "BAD_TAG", "BAD_DL_ADDR_MASK", "BAD_NW_ADDR_MASK", "BAD_WILDCARDS", "BAD_FIELD",
        "BAD_VALUE", "BAD_MASK", "BAD_PREREQ", "DUP_FIELD", "EPERM");
    /** {@code OFPET_FLOW_MOD_FAILED} (5), codes {@code OFPFMFC_*}. */
    public static final OfErrorType FLOW_MOD_FAILED = new OfErrorType(5, "OFPET_FLOW_MOD_FAILED", "OFPFMFC_",
        "UNKNOWN", "TABLE_FULL", "BAD_TABLE_ID", "OVERLAP", "EPERM", "BAD_TIMEOUT", "BAD_COMMAND", "BAD_FLAGS");
    /** {@code OFPET_GROUP_MOD_FAILED} (6), codes {@code OFPGMFC_*}. */
    public static final OfErrorType GROUP_MOD_FAILED = new OfErrorType(6, "OFPET_GROUP_MOD_FAILED", "OFPGMFC_",
        "GROUP_EXISTS", "INVALID_GROUP", "WEIGHT_UNSUPPORTED", "OUT_OF_GROUPS", "OUT_OF_BUCKETS",
        "CHAINING_UNSUPPORTED", "WATCH_UNSUPPORTED", "LOOP", "UNKNOWN_GROUP", "CHAINED_GROUP", "BAD_TYPE",
        "BAD_COMMAND", "BAD_BUCKET", "BAD_WATCH", "EPERM");
    /** {@code OFPET_PORT_MOD_FAILED} (7), codes {@code OFPPMFC_*}. */
    public static final OfErrorType PORT_MOD_FAILED = new OfErrorType(7, "OFPET_PORT_MOD_FAILED", "OFPPMFC_",
        "BAD_PORT", "BAD_HW_ADDR", "BAD_CONFIG", "BAD_ADVERTISE", "EPERM");
    /** {@code OFPET_TABLE_MOD_FAILED} (8), codes {@code OFPTMFC_*}. */
    public static final OfErrorType TABLE_MOD_FAILED = new OfErrorType(8, "OFPET_TABLE_MOD_FAILED", "OFPTMFC_",
        "BAD_TABLE", "BAD_CONFIG", "EPERM");
    /** {@code OFPET_QUEUE_OP_FAILED} (9), codes {@code OFPQOFC_*}. */
    public static final OfErrorType QUEUE_OP_FAILED = new OfErrorType(9, "OFPET_QUEUE_OP_FAILED", "OFPQOFC_",
        "BAD_PORT", "BAD_QUEUE", "EPERM");
    /** {@code OFPET_SWITCH_CONFIG_FAILED} (10), codes {@code OFPSCFC_*}. */
    public static final OfErrorType SWITCH_CONFIG_FAILED = new OfErrorType(10, "OFPET_SWITCH_CONFIG_FAILED", "OFPSCFC_",
        "BAD_FLAGS", "BAD_LEN", "EPERM");
    /** {@code OFPET_ROLE_REQUEST_FAILED} (11), codes {@code OFPRRFC_*}. */
    public static final OfErrorType ROLE_REQUEST_FAILED = new OfErrorType(11, "OFPET_ROLE_REQUEST_FAILED", "OFPRRFC_",
        "STALE", "UNSUP", "BAD_ROLE");
    /** {@code OFPET_METER_MOD_FAILED} (12), codes {@code OFPMMFC_*}. */
    public static final OfErrorType METER_MOD_FAILED = new OfErrorType(12, "OFPET_METER_MOD_FAILED", "OFPMMFC_",
        "UNKNOWN", "METER_EXISTS", "INVALID_METER", "UNKNOWN_METER", "BAD_COMMAND", "BAD_FLAGS", "BAD_RATE",
        "BAD_BURST", "BAD_BAND", "BAD_BAND_VALUE", "OUT_OF_METERS", "OUT_OF_BANDS");
    /** {@code OFPET_TABLE_FEATURES_FAILED} (13), codes {@code OFPTFFC_*}. */
    public static final OfErrorType TABLE_FEATURES_FAILED = new OfErrorType(13, "OFPET_TABLE_FEATURES_FAILED",
        "OFPTFFC_",
        "BAD_TABLE", "BAD_METADATA", "BAD_TYPE", "BAD_LEN", "BAD_ARGUMENT", "EPERM");
    /** {@code OFPET_EXPERIMENTER} (0xffff): the body is an experimenter error, see {@link OfExperimenterError}. */
    public static final OfErrorType EXPERIMENTER = new OfErrorType(0xffff, "OFPET_EXPERIMENTER", "");

    private static final List<OfErrorType> STANDARD = List.of(HELLO_FAILED, BAD_REQUEST, BAD_ACTION,
        BAD_INSTRUCTION, BAD_MATCH,
        FLOW_MOD_FAILED, GROUP_MOD_FAILED, PORT_MOD_FAILED, TABLE_MOD_FAILED, QUEUE_OP_FAILED, SWITCH_CONFIG_FAILED,
        ROLE_REQUEST_FAILED, METER_MOD_FAILED, TABLE_FEATURES_FAILED);

    private final int code;
    private final String name;
    private final String codePrefix;
    private final List<String> codeNames;

    private OfErrorType(final int code, final String name, final String codePrefix, final String... codeNames) {
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
    public static OfErrorType valueOf(final int code) {
        if (code >= 0 && code < STANDARD.size()) {
            return STANDARD.get(code);
        }
        if (code == EXPERIMENTER.code) {
            return EXPERIMENTER;
        }
        if (code < 0 || code > 0xffff) {
            throw new IllegalArgumentException("error type must be 16 bits: " + code);
        }
        return new OfErrorType(code, "OFPET_UNKNOWN(" + code + ")", "");
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
     * The spec's name, such as {@code OFPET_BAD_REQUEST}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Number of codes 1.3.5 defines for this type; codes 0 to {@code codeCount() - 1} have names.
     *
     * @return 0 for unknown and experimenter types
     */
    public int codeCount() {
        return codeNames.size();
    }

    /**
     * The spec's name of one of this type's codes, such as {@code OFPBRC_BAD_LEN}.
     *
     * @param errorCode the 16-bit code
     * @return the name, or {@code UNKNOWN(code)} for a code 1.3.5 does not define
     */
    String codeName(final int errorCode) {
        return errorCode >= 0 && errorCode < codeNames.size() ? codePrefix + codeNames.get(errorCode)
            : "UNKNOWN(" + errorCode + ")";
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof OfErrorType other && code == other.code;
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
