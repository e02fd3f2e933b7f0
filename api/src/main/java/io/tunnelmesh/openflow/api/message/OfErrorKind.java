/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * What an {@code OFPT_ERROR} reports (OpenFlow 1.3.5 section 7.4.4): a standard type and code ({@link OfErrorCode})
 * or an experimenter's code ({@link OfExperimenterErrorCode}, type {@code OFPET_EXPERIMENTER}), such as the ONF
 * bundle errors and the Nicira errors Open vSwitch answers with. Codecs raise either through
 * {@link io.tunnelmesh.openflow.api.codec.OfCodecException}, and the pipeline answers with the matching message.
 */
public sealed interface OfErrorKind permits OfErrorCode, OfExperimenterErrorCode {
    /**
     * The name, as the spec or the experimenter names the code, such as {@code OFPBRC_BAD_LEN} or
     * {@code OFPBFC_MSG_BAD_XID}.
     *
     * @return the name
     */
    String name();

    /**
     * The error message answering a request with this error, carrying at most the request's first 64 bytes as
     * section 7.4.4 asks.
     *
     * @param xid the request's transaction id
     * @param request the request's bytes
     * @return an {@link OfError} or an {@link OfExperimenterError}
     */
    OfErrorMessage answering(int xid, OfBytes request);
}
