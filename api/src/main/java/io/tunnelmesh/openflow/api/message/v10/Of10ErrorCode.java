/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorType;
import java.util.Optional;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An error type and code pair of an OpenFlow 1.0 {@code OFPT_ERROR} (OpenFlow 1.0.0 section 5.4.4). One constant
 * per code of 1.0.0, named as the spec names it ({@code Of10ErrorCode.OFPFMFC_ALL_TABLES_FULL}); {@link
 * #valueOf(int, int)} accepts any pair a switch sends and keeps unknown ones for re-encoding. {@link #toString()}
 * gives {@code OFPET_BAD_ACTION/OFPBAC_BAD_TYPE}.
 *
 * <p>Codecs report failures with the library-wide {@link OfErrorCode}; {@link #fromOf13(OfErrorCode)} names the
 * 1.0 error a 1.0 switch answers for it, the way Open vSwitch maps its version-neutral errors to each version.
 */
public final class Of10ErrorCode {
    /** {@code OFPHFC_INCOMPATIBLE} (HELLO_FAILED/0). */
    public static final Of10ErrorCode OFPHFC_INCOMPATIBLE = new Of10ErrorCode(Of10ErrorType.HELLO_FAILED, 0);
    /** {@code OFPHFC_EPERM} (HELLO_FAILED/1). */
    public static final Of10ErrorCode OFPHFC_EPERM = new Of10ErrorCode(Of10ErrorType.HELLO_FAILED, 1);
    /** {@code OFPBRC_BAD_VERSION} (BAD_REQUEST/0). */
    public static final Of10ErrorCode OFPBRC_BAD_VERSION = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 0);
    /** {@code OFPBRC_BAD_TYPE} (BAD_REQUEST/1). */
    public static final Of10ErrorCode OFPBRC_BAD_TYPE = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 1);
    /** {@code OFPBRC_BAD_STAT} (BAD_REQUEST/2). */
    public static final Of10ErrorCode OFPBRC_BAD_STAT = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 2);
    /** {@code OFPBRC_BAD_VENDOR} (BAD_REQUEST/3). */
    public static final Of10ErrorCode OFPBRC_BAD_VENDOR = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 3);
    /** {@code OFPBRC_BAD_SUBTYPE} (BAD_REQUEST/4). */
    public static final Of10ErrorCode OFPBRC_BAD_SUBTYPE = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 4);
    /** {@code OFPBRC_EPERM} (BAD_REQUEST/5). */
    public static final Of10ErrorCode OFPBRC_EPERM = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 5);
    /** {@code OFPBRC_BAD_LEN} (BAD_REQUEST/6). */
    public static final Of10ErrorCode OFPBRC_BAD_LEN = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 6);
    /** {@code OFPBRC_BUFFER_EMPTY} (BAD_REQUEST/7). */
    public static final Of10ErrorCode OFPBRC_BUFFER_EMPTY = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 7);
    /** {@code OFPBRC_BUFFER_UNKNOWN} (BAD_REQUEST/8). */
    public static final Of10ErrorCode OFPBRC_BUFFER_UNKNOWN = new Of10ErrorCode(Of10ErrorType.BAD_REQUEST, 8);
    /** {@code OFPBAC_BAD_TYPE} (BAD_ACTION/0). */
    public static final Of10ErrorCode OFPBAC_BAD_TYPE = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 0);
    /** {@code OFPBAC_BAD_LEN} (BAD_ACTION/1). */
    public static final Of10ErrorCode OFPBAC_BAD_LEN = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 1);
    /** {@code OFPBAC_BAD_VENDOR} (BAD_ACTION/2). */
    public static final Of10ErrorCode OFPBAC_BAD_VENDOR = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 2);
    /** {@code OFPBAC_BAD_VENDOR_TYPE} (BAD_ACTION/3). */
    public static final Of10ErrorCode OFPBAC_BAD_VENDOR_TYPE = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 3);
    /** {@code OFPBAC_BAD_OUT_PORT} (BAD_ACTION/4). */
    public static final Of10ErrorCode OFPBAC_BAD_OUT_PORT = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 4);
    /** {@code OFPBAC_BAD_ARGUMENT} (BAD_ACTION/5). */
    public static final Of10ErrorCode OFPBAC_BAD_ARGUMENT = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 5);
    /** {@code OFPBAC_EPERM} (BAD_ACTION/6). */
    public static final Of10ErrorCode OFPBAC_EPERM = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 6);
    /** {@code OFPBAC_TOO_MANY} (BAD_ACTION/7). */
    public static final Of10ErrorCode OFPBAC_TOO_MANY = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 7);
    /** {@code OFPBAC_BAD_QUEUE} (BAD_ACTION/8). */
    public static final Of10ErrorCode OFPBAC_BAD_QUEUE = new Of10ErrorCode(Of10ErrorType.BAD_ACTION, 8);
    /** {@code OFPFMFC_ALL_TABLES_FULL} (FLOW_MOD_FAILED/0). */
    public static final Of10ErrorCode OFPFMFC_ALL_TABLES_FULL = new Of10ErrorCode(Of10ErrorType.FLOW_MOD_FAILED, 0);
    /** {@code OFPFMFC_OVERLAP} (FLOW_MOD_FAILED/1). */
    public static final Of10ErrorCode OFPFMFC_OVERLAP = new Of10ErrorCode(Of10ErrorType.FLOW_MOD_FAILED, 1);
    /** {@code OFPFMFC_EPERM} (FLOW_MOD_FAILED/2). */
    public static final Of10ErrorCode OFPFMFC_EPERM = new Of10ErrorCode(Of10ErrorType.FLOW_MOD_FAILED, 2);
    /** {@code OFPFMFC_BAD_EMERG_TIMEOUT} (FLOW_MOD_FAILED/3). */
    public static final Of10ErrorCode OFPFMFC_BAD_EMERG_TIMEOUT = new Of10ErrorCode(Of10ErrorType.FLOW_MOD_FAILED, 3);
    /** {@code OFPFMFC_BAD_COMMAND} (FLOW_MOD_FAILED/4). */
    public static final Of10ErrorCode OFPFMFC_BAD_COMMAND = new Of10ErrorCode(Of10ErrorType.FLOW_MOD_FAILED, 4);
    /** {@code OFPFMFC_UNSUPPORTED} (FLOW_MOD_FAILED/5). */
    public static final Of10ErrorCode OFPFMFC_UNSUPPORTED = new Of10ErrorCode(Of10ErrorType.FLOW_MOD_FAILED, 5);
    /** {@code OFPPMFC_BAD_PORT} (PORT_MOD_FAILED/0). */
    public static final Of10ErrorCode OFPPMFC_BAD_PORT = new Of10ErrorCode(Of10ErrorType.PORT_MOD_FAILED, 0);
    /** {@code OFPPMFC_BAD_HW_ADDR} (PORT_MOD_FAILED/1). */
    public static final Of10ErrorCode OFPPMFC_BAD_HW_ADDR = new Of10ErrorCode(Of10ErrorType.PORT_MOD_FAILED, 1);
    /** {@code OFPQOFC_BAD_PORT} (QUEUE_OP_FAILED/0). */
    public static final Of10ErrorCode OFPQOFC_BAD_PORT = new Of10ErrorCode(Of10ErrorType.QUEUE_OP_FAILED, 0);
    /** {@code OFPQOFC_BAD_QUEUE} (QUEUE_OP_FAILED/1). */
    public static final Of10ErrorCode OFPQOFC_BAD_QUEUE = new Of10ErrorCode(Of10ErrorType.QUEUE_OP_FAILED, 1);
    /** {@code OFPQOFC_EPERM} (QUEUE_OP_FAILED/2). */
    public static final Of10ErrorCode OFPQOFC_EPERM = new Of10ErrorCode(Of10ErrorType.QUEUE_OP_FAILED, 2);

    private final Of10ErrorType type;
    private final int code;

    private Of10ErrorCode(final Of10ErrorType type, final int code) {
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
    public static Of10ErrorCode valueOf(final int type, final int code) {
        return of(Of10ErrorType.valueOf(type), code);
    }

    /**
     * The code for a type and a 16-bit code.
     *
     * @param type the error type
     * @param code the 16-bit error code
     * @return the pair
     * @throws IllegalArgumentException if {@code code} does not fit in 16 bits
     */
    public static Of10ErrorCode of(final Of10ErrorType type, final int code) {
        if (code < 0 || code > 0xffff) {
            throw new IllegalArgumentException("error code must be 16 bits: " + code);
        }
        return new Of10ErrorCode(type, code);
    }

    /**
     * The OpenFlow 1.0 error that means what a library-wide (OpenFlow 1.3 numbered) error means. Hello, bad-request
     * and bad-action codes 0 to 8 keep their numbers (1.3 renamed {@code BAD_STAT}, {@code BAD_VENDOR} and
     * {@code BAD_SUBTYPE}); flow-mod, port-mod and queue errors move to the 1.0 types and codes.
     *
     * @param error the error a codec or a handler raised
     * @return the 1.0 error, or empty where 1.0 has none (match, instruction, group, meter, table and role errors,
     *     and codes added after 1.0)
     */
    public static Optional<Of10ErrorCode> fromOf13(final OfErrorCode error) {
        final var type = error.type();
        final int code = error.code();
        final Of10ErrorType mapped;
        int mappedCode = code;
        if (type.equals(OfErrorType.HELLO_FAILED)) {
            mapped = Of10ErrorType.HELLO_FAILED;
        } else if (type.equals(OfErrorType.BAD_REQUEST)) {
            mapped = Of10ErrorType.BAD_REQUEST;
        } else if (type.equals(OfErrorType.BAD_ACTION)) {
            mapped = Of10ErrorType.BAD_ACTION;
        } else if (type.equals(OfErrorType.QUEUE_OP_FAILED)) {
            mapped = Of10ErrorType.QUEUE_OP_FAILED;
        } else if (type.equals(OfErrorType.PORT_MOD_FAILED)) {
            mapped = Of10ErrorType.PORT_MOD_FAILED;
        } else if (type.equals(OfErrorType.FLOW_MOD_FAILED)) {
            mapped = Of10ErrorType.FLOW_MOD_FAILED;
            // 1.3 TABLE_FULL, OVERLAP, EPERM, BAD_COMMAND -> 1.0 ALL_TABLES_FULL, OVERLAP, EPERM, BAD_COMMAND;
            // 1.3 BAD_TIMEOUT is not 1.0 BAD_EMERG_TIMEOUT (emergency flows), Open vSwitch keeps them apart too
            mappedCode = switch (code) {
                case 1 -> 0;
                case 3 -> 1;
                case 4 -> 2;
                case 6 -> 4;
                default -> -1;
            };
        } else {
            return Optional.empty();
        }
        return mappedCode >= 0 && mappedCode < mapped.codeCount() ? Optional.of(new Of10ErrorCode(mapped, mappedCode))
            : Optional.empty();
    }

    /**
     * The error type.
     *
     * @return the type
     */
    public Of10ErrorType type() {
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
     * Whether OpenFlow 1.0.0 defines this pair.
     *
     * @return false for unknown types and codes
     */
    public boolean isKnown() {
        return code < type.codeCount();
    }

    /**
     * The spec's name of the code, such as {@code OFPBAC_BAD_TYPE}.
     *
     * @return the name, or {@code UNKNOWN(code)}
     */
    public String name() {
        return type.codeName(code);
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof Of10ErrorCode other && code == other.code && type.equals(other.type);
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
