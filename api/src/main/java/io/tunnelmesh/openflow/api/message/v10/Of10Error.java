/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.Of10Message;

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
}
