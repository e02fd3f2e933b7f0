/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.codec;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * The fixed header that starts every OpenFlow message (OpenFlow 1.3.5 section 7.1.1, {@code ofp_header}); the same
 * eight bytes in every version, which is what makes version detection and negotiation possible.
 * <pre>
 *    0                   1                   2                   3
 *    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |    version    |     type      |            length             |
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |                              xid                              |
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * {@code length} counts the whole message, header included, so it is never below {@value #LENGTH}.
 *
 * @param version the protocol version
 * @param type the message type, whose meaning depends on the version
 * @param length the message length in bytes, header included
 * @param xid the transaction id, an unsigned 32-bit value
 */
public record OfHeader(OfVersion version, int type, int length, int xid) {
    /** Length of the header, and so the least possible message length. */
    public static final int LENGTH = 8;
    /** Offset of the 16-bit length field. */
    public static final int LENGTH_FIELD_OFFSET = 2;
    /** The largest length a 16-bit length field can express. */
    public static final int MAX_LENGTH = 0xffff;
}
