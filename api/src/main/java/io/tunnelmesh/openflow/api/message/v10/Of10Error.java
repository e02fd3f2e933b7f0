/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.message.Of10Message;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorKind;

/**
 * {@code OFPT_ERROR} of OpenFlow 1.0 (type 1, OpenFlow 1.0.0 section 5.4.4, {@code ofp_error_msg}). The layout is
 * 1.3's, but the types and codes are numbered differently, so the error is an {@link Of10ErrorCode}; 1.0 has no
 * experimenter error.
 * <pre>
 *   +----------------------+-----------+-----------+------------------------------------+
 *   | ofp_header (8 bytes) | type (16) | code (16) | data: failed request, first 64 B   |
 *   +----------------------+-----------+-----------+------------------------------------+
 * </pre>
 *
 * @param xid the transaction id, that of the failed request
 * @param error the type and code
 * @param data for a failed request its first 64 bytes, for {@code OFPET_HELLO_FAILED} an ASCII explanation
 */
public record Of10Error(int xid, Of10ErrorCode error, OfBytes data) implements Of10Message {
    /** The smallest error message: header, type and code. */
    public static final int MIN_LENGTH = 12;

    /**
     * The OpenFlow 1.0 error answering a request with a library-wide error, as Open vSwitch encodes its
     * version-neutral errors for 1.0: the 1.0 type and code where 1.0 has one ({@link Of10ErrorCode#fromOf13}),
     * else a Nicira vendor error ({@code NXET_VENDOR}) with the Nicira 1.0 numbers, or
     * {@code NXBRC_UNENCODABLE_ERROR} for an error that has none (ONF bundle errors, for example).
     *
     * @param xid the request's transaction id
     * @param error the error a codec or a handler raised
     * @param request the request's bytes, of which at most the first 64 are carried
     * @return the message
     */
    public static Of10Error answering(final int xid, final OfErrorKind error, final OfBytes request) {
        final var data = request.prefix(OfError.DATA_PREFIX);
        if (error instanceof OfErrorCode standard) {
            final var mapped = Of10ErrorCode.fromOf13(standard);
            if (mapped.isPresent()) {
                return new Of10Error(xid, mapped.orElseThrow(), data);
            }
        }
        final int nx = Of10VendorErrors.of10(error);
        final var body = new byte[8 + data.length()];
        final var vendor = NxErrorCodes.NX_EXPERIMENTER;
        body[0] = (byte) (vendor >>> 24);
        body[1] = (byte) (vendor >>> 16);
        body[2] = (byte) (vendor >>> 8);
        body[3] = (byte) vendor;
        body[4] = (byte) (nx >>> 24);
        body[5] = (byte) (nx >>> 16);
        body[6] = (byte) (nx >>> 8);
        body[7] = (byte) nx;
        for (int i = 0; i < data.length(); i++) {
            body[8 + i] = (byte) data.get(i);
        }
        return new Of10Error(xid, Of10ErrorCode.valueOf(Of10VendorErrors.NXET_VENDOR,
            Of10VendorErrors.NXVC_VENDOR_ERROR), OfBytes.copyOf(body));
    }
}
