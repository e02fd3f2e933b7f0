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
 * An experimenter's error code (OpenFlow 1.3.5 section 7.4.4, {@code ofp_error_experimenter_msg}: type
 * {@code OFPET_EXPERIMENTER}, then {@code exp_code} and the experimenter id): a value class whose identity is the
 * pair (experimenter, code). An extension declares its codes as named constants with {@link #of(int, int, String)}
 * (the ONF bundle errors: {@code ext.onf.OnfErrorCodes}; the Nicira errors: {@code ext.nicira.NxErrorCodes}); a code
 * read from the wire ({@link #valueOf(int, int)}) equals the constant with the same pair, whatever its name, so
 * {@code OnfErrorCodes.OFPBFC_BAD_ID.equals(error.error())} works for every decoded error.
 */
public final class OfExperimenterErrorCode implements OfErrorKind {
    private final int experimenter;
    private final int code;
    private final @Nullable String name;

    private OfExperimenterErrorCode(final int experimenter, final int code, final @Nullable String name) {
        if (code < 0 || code > 0xffff) {
            throw new IllegalArgumentException("exp_code must be 16 bits: " + code);
        }
        this.experimenter = experimenter;
        this.code = code;
        this.name = name;
    }

    /**
     * A named code, for an extension's constants.
     *
     * @param experimenter the experimenter id, such as {@code 0x4f4e4600} (ONF)
     * @param code the 16-bit {@code exp_code}
     * @param name the experimenter's name for it, such as {@code OFPBFC_BAD_ID}
     * @return the code
     * @throws IllegalArgumentException if {@code code} does not fit in 16 bits
     */
    public static OfExperimenterErrorCode of(final int experimenter, final int code, final String name) {
        return new OfExperimenterErrorCode(experimenter, code, name);
    }

    /**
     * The code for a wire pair, unnamed; equal to any constant with the same pair.
     *
     * @param experimenter the experimenter id
     * @param code the 16-bit {@code exp_code}
     * @return the code
     * @throws IllegalArgumentException if {@code code} does not fit in 16 bits
     */
    public static OfExperimenterErrorCode valueOf(final int experimenter, final int code) {
        return new OfExperimenterErrorCode(experimenter, code, null);
    }

    /**
     * The experimenter id.
     *
     * @return the id, an OUI or a full 32-bit id
     */
    public int experimenter() {
        return experimenter;
    }

    /**
     * The {@code exp_code} as sent on the wire.
     *
     * @return 0 to 0xffff
     */
    public int code() {
        return code;
    }

    /**
     * Whether this code carries its experimenter's name.
     *
     * @return false for a code read from the wire that no constant named
     */
    public boolean isNamed() {
        return name != null;
    }

    /**
     * The experimenter's name for the code, or, for an unnamed one, {@code EXPERIMENTER(0x4f4e4600:2300)}.
     *
     * @return the name
     */
    @Override
    public String name() {
        final var named = name;
        return named != null ? named : String.format("EXPERIMENTER(0x%08x:%d)", experimenter, code);
    }

    @Override
    public OfExperimenterError answering(final int xid, final OfBytes request) {
        return new OfExperimenterError(xid, this, request.prefix(OfError.DATA_PREFIX));
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof OfExperimenterErrorCode other && experimenter == other.experimenter
            && code == other.code;
    }

    @Override
    public int hashCode() {
        return experimenter * 31 + code;
    }

    @Override
    public String toString() {
        return String.format("OFPET_EXPERIMENTER/0x%08x/%s", experimenter, name());
    }
}
