/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;

/**
 * A frame that was framed correctly but could not be decoded: an unknown type, a bad length for its type, a
 * malformed match. The decoder passes it up the pipeline instead of a message, so the connection stays up and its
 * owner can answer with the {@code OFPT_ERROR} Open vSwitch itself would send ({@link #toError()}).
 *
 * @param version the frame's version
 * @param xid the frame's transaction id
 * @param error the OpenFlow error this maps to
 * @param detail what exactly was wrong
 * @param frame the first bytes of the offending frame, at most 64 (OpenFlow 1.3.5 section 7.4.4)
 */
public record OfDecodeFailure(OfVersion version, int xid, OfErrorCode error, String detail, OfBytes frame) {
    /**
     * The error message answering the offending frame.
     *
     * @return an {@code OFPT_ERROR} with the frame's xid and first bytes
     */
    public OfError toError() {
        return OfError.answering(xid, error, frame);
    }

    @Override
    public String toString() {
        return error + ": " + detail + " (" + version + ", xid " + Integer.toUnsignedString(xid) + ")";
    }
}
