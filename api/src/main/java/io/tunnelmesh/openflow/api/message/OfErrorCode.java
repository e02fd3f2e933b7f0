/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An error type and code pair of an {@code OFPT_ERROR} message (OpenFlow 1.3.5 section 7.4.4). One constant per code
 * of 1.3.5, named as the spec names it, so {@code OfErrorCode.OFPBRC_BAD_LEN} reads like the spec and greps like
 * it; {@link #valueOf(int, int)} accepts any pair a switch sends and keeps unknown ones for re-encoding.
 * {@link #toString()} gives {@code OFPET_BAD_REQUEST/OFPBRC_BAD_LEN}, the form error messages use.
 */
public final class OfErrorCode implements OfErrorKind {
    public static final OfErrorCode OFPHFC_INCOMPATIBLE = new OfErrorCode(OfErrorType.HELLO_FAILED, 0);
    public static final OfErrorCode OFPHFC_EPERM = new OfErrorCode(OfErrorType.HELLO_FAILED, 1);
    public static final OfErrorCode OFPBRC_BAD_VERSION = new OfErrorCode(OfErrorType.BAD_REQUEST, 0);
    public static final OfErrorCode OFPBRC_BAD_TYPE = new OfErrorCode(OfErrorType.BAD_REQUEST, 1);
    public static final OfErrorCode OFPBRC_BAD_MULTIPART = new OfErrorCode(OfErrorType.BAD_REQUEST, 2);
    public static final OfErrorCode OFPBRC_BAD_EXPERIMENTER = new OfErrorCode(OfErrorType.BAD_REQUEST, 3);
    public static final OfErrorCode OFPBRC_BAD_EXP_TYPE = new OfErrorCode(OfErrorType.BAD_REQUEST, 4);
    public static final OfErrorCode OFPBRC_EPERM = new OfErrorCode(OfErrorType.BAD_REQUEST, 5);
    public static final OfErrorCode OFPBRC_BAD_LEN = new OfErrorCode(OfErrorType.BAD_REQUEST, 6);
    public static final OfErrorCode OFPBRC_BUFFER_EMPTY = new OfErrorCode(OfErrorType.BAD_REQUEST, 7);
    public static final OfErrorCode OFPBRC_BUFFER_UNKNOWN = new OfErrorCode(OfErrorType.BAD_REQUEST, 8);
    public static final OfErrorCode OFPBRC_BAD_TABLE_ID = new OfErrorCode(OfErrorType.BAD_REQUEST, 9);
    public static final OfErrorCode OFPBRC_IS_SLAVE = new OfErrorCode(OfErrorType.BAD_REQUEST, 10);
    public static final OfErrorCode OFPBRC_BAD_PORT = new OfErrorCode(OfErrorType.BAD_REQUEST, 11);
    public static final OfErrorCode OFPBRC_BAD_PACKET = new OfErrorCode(OfErrorType.BAD_REQUEST, 12);
    public static final OfErrorCode OFPBRC_MULTIPART_BUFFER_OVERFLOW = new OfErrorCode(OfErrorType.BAD_REQUEST, 13);
    public static final OfErrorCode OFPBAC_BAD_TYPE = new OfErrorCode(OfErrorType.BAD_ACTION, 0);
    public static final OfErrorCode OFPBAC_BAD_LEN = new OfErrorCode(OfErrorType.BAD_ACTION, 1);
    public static final OfErrorCode OFPBAC_BAD_EXPERIMENTER = new OfErrorCode(OfErrorType.BAD_ACTION, 2);
    public static final OfErrorCode OFPBAC_BAD_EXP_TYPE = new OfErrorCode(OfErrorType.BAD_ACTION, 3);
    public static final OfErrorCode OFPBAC_BAD_OUT_PORT = new OfErrorCode(OfErrorType.BAD_ACTION, 4);
    public static final OfErrorCode OFPBAC_BAD_ARGUMENT = new OfErrorCode(OfErrorType.BAD_ACTION, 5);
    public static final OfErrorCode OFPBAC_EPERM = new OfErrorCode(OfErrorType.BAD_ACTION, 6);
    public static final OfErrorCode OFPBAC_TOO_MANY = new OfErrorCode(OfErrorType.BAD_ACTION, 7);
    public static final OfErrorCode OFPBAC_BAD_QUEUE = new OfErrorCode(OfErrorType.BAD_ACTION, 8);
    public static final OfErrorCode OFPBAC_BAD_OUT_GROUP = new OfErrorCode(OfErrorType.BAD_ACTION, 9);
    public static final OfErrorCode OFPBAC_MATCH_INCONSISTENT = new OfErrorCode(OfErrorType.BAD_ACTION, 10);
    public static final OfErrorCode OFPBAC_UNSUPPORTED_ORDER = new OfErrorCode(OfErrorType.BAD_ACTION, 11);
    public static final OfErrorCode OFPBAC_BAD_TAG = new OfErrorCode(OfErrorType.BAD_ACTION, 12);
    public static final OfErrorCode OFPBAC_BAD_SET_TYPE = new OfErrorCode(OfErrorType.BAD_ACTION, 13);
    public static final OfErrorCode OFPBAC_BAD_SET_LEN = new OfErrorCode(OfErrorType.BAD_ACTION, 14);
    public static final OfErrorCode OFPBAC_BAD_SET_ARGUMENT = new OfErrorCode(OfErrorType.BAD_ACTION, 15);
    public static final OfErrorCode OFPBIC_UNKNOWN_INST = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 0);
    public static final OfErrorCode OFPBIC_UNSUP_INST = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 1);
    public static final OfErrorCode OFPBIC_BAD_TABLE_ID = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 2);
    public static final OfErrorCode OFPBIC_UNSUP_METADATA = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 3);
    public static final OfErrorCode OFPBIC_UNSUP_METADATA_MASK = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 4);
    public static final OfErrorCode OFPBIC_BAD_EXPERIMENTER = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 5);
    public static final OfErrorCode OFPBIC_BAD_EXP_TYPE = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 6);
    public static final OfErrorCode OFPBIC_BAD_LEN = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 7);
    public static final OfErrorCode OFPBIC_EPERM = new OfErrorCode(OfErrorType.BAD_INSTRUCTION, 8);
    public static final OfErrorCode OFPBMC_BAD_TYPE = new OfErrorCode(OfErrorType.BAD_MATCH, 0);
    public static final OfErrorCode OFPBMC_BAD_LEN = new OfErrorCode(OfErrorType.BAD_MATCH, 1);
    public static final OfErrorCode OFPBMC_BAD_TAG = new OfErrorCode(OfErrorType.BAD_MATCH, 2);
    public static final OfErrorCode OFPBMC_BAD_DL_ADDR_MASK = new OfErrorCode(OfErrorType.BAD_MATCH, 3);
    public static final OfErrorCode OFPBMC_BAD_NW_ADDR_MASK = new OfErrorCode(OfErrorType.BAD_MATCH, 4);
    public static final OfErrorCode OFPBMC_BAD_WILDCARDS = new OfErrorCode(OfErrorType.BAD_MATCH, 5);
    public static final OfErrorCode OFPBMC_BAD_FIELD = new OfErrorCode(OfErrorType.BAD_MATCH, 6);
    public static final OfErrorCode OFPBMC_BAD_VALUE = new OfErrorCode(OfErrorType.BAD_MATCH, 7);
    public static final OfErrorCode OFPBMC_BAD_MASK = new OfErrorCode(OfErrorType.BAD_MATCH, 8);
    public static final OfErrorCode OFPBMC_BAD_PREREQ = new OfErrorCode(OfErrorType.BAD_MATCH, 9);
    public static final OfErrorCode OFPBMC_DUP_FIELD = new OfErrorCode(OfErrorType.BAD_MATCH, 10);
    public static final OfErrorCode OFPBMC_EPERM = new OfErrorCode(OfErrorType.BAD_MATCH, 11);
    public static final OfErrorCode OFPFMFC_UNKNOWN = new OfErrorCode(OfErrorType.FLOW_MOD_FAILED, 0);
    public static final OfErrorCode OFPFMFC_TABLE_FULL = new OfErrorCode(OfErrorType.FLOW_MOD_FAILED, 1);
    public static final OfErrorCode OFPFMFC_BAD_TABLE_ID = new OfErrorCode(OfErrorType.FLOW_MOD_FAILED, 2);
    public static final OfErrorCode OFPFMFC_OVERLAP = new OfErrorCode(OfErrorType.FLOW_MOD_FAILED, 3);
    public static final OfErrorCode OFPFMFC_EPERM = new OfErrorCode(OfErrorType.FLOW_MOD_FAILED, 4);
    public static final OfErrorCode OFPFMFC_BAD_TIMEOUT = new OfErrorCode(OfErrorType.FLOW_MOD_FAILED, 5);
    public static final OfErrorCode OFPFMFC_BAD_COMMAND = new OfErrorCode(OfErrorType.FLOW_MOD_FAILED, 6);
    public static final OfErrorCode OFPFMFC_BAD_FLAGS = new OfErrorCode(OfErrorType.FLOW_MOD_FAILED, 7);
    public static final OfErrorCode OFPGMFC_GROUP_EXISTS = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 0);
    public static final OfErrorCode OFPGMFC_INVALID_GROUP = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 1);
    public static final OfErrorCode OFPGMFC_WEIGHT_UNSUPPORTED = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 2);
    public static final OfErrorCode OFPGMFC_OUT_OF_GROUPS = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 3);
    public static final OfErrorCode OFPGMFC_OUT_OF_BUCKETS = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 4);
    public static final OfErrorCode OFPGMFC_CHAINING_UNSUPPORTED = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 5);
    public static final OfErrorCode OFPGMFC_WATCH_UNSUPPORTED = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 6);
    public static final OfErrorCode OFPGMFC_LOOP = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 7);
    public static final OfErrorCode OFPGMFC_UNKNOWN_GROUP = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 8);
    public static final OfErrorCode OFPGMFC_CHAINED_GROUP = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 9);
    public static final OfErrorCode OFPGMFC_BAD_TYPE = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 10);
    public static final OfErrorCode OFPGMFC_BAD_COMMAND = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 11);
    public static final OfErrorCode OFPGMFC_BAD_BUCKET = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 12);
    public static final OfErrorCode OFPGMFC_BAD_WATCH = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 13);
    public static final OfErrorCode OFPGMFC_EPERM = new OfErrorCode(OfErrorType.GROUP_MOD_FAILED, 14);
    public static final OfErrorCode OFPPMFC_BAD_PORT = new OfErrorCode(OfErrorType.PORT_MOD_FAILED, 0);
    public static final OfErrorCode OFPPMFC_BAD_HW_ADDR = new OfErrorCode(OfErrorType.PORT_MOD_FAILED, 1);
    public static final OfErrorCode OFPPMFC_BAD_CONFIG = new OfErrorCode(OfErrorType.PORT_MOD_FAILED, 2);
    public static final OfErrorCode OFPPMFC_BAD_ADVERTISE = new OfErrorCode(OfErrorType.PORT_MOD_FAILED, 3);
    public static final OfErrorCode OFPPMFC_EPERM = new OfErrorCode(OfErrorType.PORT_MOD_FAILED, 4);
    public static final OfErrorCode OFPTMFC_BAD_TABLE = new OfErrorCode(OfErrorType.TABLE_MOD_FAILED, 0);
    public static final OfErrorCode OFPTMFC_BAD_CONFIG = new OfErrorCode(OfErrorType.TABLE_MOD_FAILED, 1);
    public static final OfErrorCode OFPTMFC_EPERM = new OfErrorCode(OfErrorType.TABLE_MOD_FAILED, 2);
    public static final OfErrorCode OFPQOFC_BAD_PORT = new OfErrorCode(OfErrorType.QUEUE_OP_FAILED, 0);
    public static final OfErrorCode OFPQOFC_BAD_QUEUE = new OfErrorCode(OfErrorType.QUEUE_OP_FAILED, 1);
    public static final OfErrorCode OFPQOFC_EPERM = new OfErrorCode(OfErrorType.QUEUE_OP_FAILED, 2);
    public static final OfErrorCode OFPSCFC_BAD_FLAGS = new OfErrorCode(OfErrorType.SWITCH_CONFIG_FAILED, 0);
    public static final OfErrorCode OFPSCFC_BAD_LEN = new OfErrorCode(OfErrorType.SWITCH_CONFIG_FAILED, 1);
    public static final OfErrorCode OFPSCFC_EPERM = new OfErrorCode(OfErrorType.SWITCH_CONFIG_FAILED, 2);
    public static final OfErrorCode OFPRRFC_STALE = new OfErrorCode(OfErrorType.ROLE_REQUEST_FAILED, 0);
    public static final OfErrorCode OFPRRFC_UNSUP = new OfErrorCode(OfErrorType.ROLE_REQUEST_FAILED, 1);
    public static final OfErrorCode OFPRRFC_BAD_ROLE = new OfErrorCode(OfErrorType.ROLE_REQUEST_FAILED, 2);
    public static final OfErrorCode OFPMMFC_UNKNOWN = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 0);
    public static final OfErrorCode OFPMMFC_METER_EXISTS = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 1);
    public static final OfErrorCode OFPMMFC_INVALID_METER = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 2);
    public static final OfErrorCode OFPMMFC_UNKNOWN_METER = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 3);
    public static final OfErrorCode OFPMMFC_BAD_COMMAND = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 4);
    public static final OfErrorCode OFPMMFC_BAD_FLAGS = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 5);
    public static final OfErrorCode OFPMMFC_BAD_RATE = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 6);
    public static final OfErrorCode OFPMMFC_BAD_BURST = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 7);
    public static final OfErrorCode OFPMMFC_BAD_BAND = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 8);
    public static final OfErrorCode OFPMMFC_BAD_BAND_VALUE = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 9);
    public static final OfErrorCode OFPMMFC_OUT_OF_METERS = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 10);
    public static final OfErrorCode OFPMMFC_OUT_OF_BANDS = new OfErrorCode(OfErrorType.METER_MOD_FAILED, 11);
    public static final OfErrorCode OFPTFFC_BAD_TABLE = new OfErrorCode(OfErrorType.TABLE_FEATURES_FAILED, 0);
    public static final OfErrorCode OFPTFFC_BAD_METADATA = new OfErrorCode(OfErrorType.TABLE_FEATURES_FAILED, 1);
    public static final OfErrorCode OFPTFFC_BAD_TYPE = new OfErrorCode(OfErrorType.TABLE_FEATURES_FAILED, 2);
    public static final OfErrorCode OFPTFFC_BAD_LEN = new OfErrorCode(OfErrorType.TABLE_FEATURES_FAILED, 3);
    public static final OfErrorCode OFPTFFC_BAD_ARGUMENT = new OfErrorCode(OfErrorType.TABLE_FEATURES_FAILED, 4);
    public static final OfErrorCode OFPTFFC_EPERM = new OfErrorCode(OfErrorType.TABLE_FEATURES_FAILED, 5);

    private final OfErrorType type;
    private final int code;

    private OfErrorCode(final OfErrorType type, final int code) {
        this.type = type;
        this.code = code;
    }

    /**
     * The code for a wire pair; never throws for 16-bit values, unknown types and codes are kept.
     *
     * @param type the 16-bit error type
     * @param code the 16-bit error code
     * @return the pair
     * @throws IllegalArgumentException if either does not fit in 16 bits
     */
    public static OfErrorCode valueOf(final int type, final int code) {
        return of(OfErrorType.valueOf(type), code);
    }

    /**
     * The code for a type and a 16-bit code.
     *
     * @param type the error type
     * @param code the 16-bit error code
     * @return the pair
     * @throws IllegalArgumentException if {@code code} does not fit in 16 bits
     */
    public static OfErrorCode of(final OfErrorType type, final int code) {
        if (code < 0 || code > 0xffff) {
            throw new IllegalArgumentException("error code must be 16 bits: " + code);
        }
        return new OfErrorCode(type, code);
    }

    /**
     * The error type.
     *
     * @return the type
     */
    public OfErrorType type() {
        return type;
    }

    /**
     * The code as sent on the wire.
     *
     * @return 0 to 0xffff
     */
    public int code() {
        return code;
    }

    /**
     * Whether OpenFlow 1.3.5 defines this pair.
     *
     * @return false for unknown types and codes
     */
    public boolean isKnown() {
        return code < type.codeCount();
    }

    /**
     * The spec's name of the code, such as {@code OFPBRC_BAD_LEN}.
     *
     * @return the name, or {@code UNKNOWN(code)}
     */
    @Override
    public String name() {
        return type.codeName(code);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for a code of type {@link OfErrorType#EXPERIMENTER}, which is an
     *     {@link OfExperimenterErrorCode}
     */
    @Override
    public OfError answering(final int xid, final OfBytes request) {
        return OfError.answering(xid, this, request);
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof OfErrorCode other && code == other.code && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + code;
    }

    @Override
    public String toString() {
        return type.name() + "/" + name();
    }
}
