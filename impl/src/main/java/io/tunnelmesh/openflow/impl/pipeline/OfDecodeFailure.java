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
import io.tunnelmesh.openflow.api.message.OfErrorKind;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;

/**
 * A frame that was framed correctly but could not be decoded: an unknown type, a bad length for its type, a
 * malformed match. The decoder passes it up the pipeline instead of a message, so the connection stays up and its
 * owner can answer with the {@code OFPT_ERROR} Open vSwitch itself would send ({@link #toError()}).
 *
 * @param version the frame's version
 * @param xid the frame's transaction id
 * @param error the OpenFlow error this maps to, standard or experimenter
 * @param detail what exactly was wrong
 * @param frame the first bytes of the offending frame, at most 64 (OpenFlow 1.3.5 section 7.4.4)
 */
public record OfDecodeFailure(OfVersion version, int xid, OfErrorKind error, String detail, OfBytes frame) {
    /**
     * The error message answering the offending frame, in the frame's version: for OpenFlow 1.0 an
     * {@link Of10Error} with the 1.0 type and code (or Open vSwitch's Nicira vendor error where 1.0 has none), else
     * an OpenFlow 1.3 {@code OFPT_ERROR}, standard or experimenter.
     *
     * @return an {@code OFPT_ERROR} with the frame's xid and first bytes
     */
    public OfMessage toError() {
        return OfVersion.OF10.equals(version) ? Of10Error.answering(xid, error, frame) : error.answering(xid, frame);
    }

    @Override
    public String toString() {
        return error + ": " + detail + " (" + version + ", xid " + Integer.toUnsignedString(xid) + ")";
    }
}
