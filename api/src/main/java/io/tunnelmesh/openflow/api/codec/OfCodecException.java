/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.codec;

import io.tunnelmesh.openflow.api.message.OfErrorKind;
import java.io.Serial;

/**
 * A message that cannot be decoded or encoded, named by the OpenFlow error a switch would answer it with
 * (OpenFlow 1.3.5 section 7.4.4), for example {@code OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: length 7 < 8}. The pipeline
 * turns it into an {@code OFPT_ERROR} reply or a closed connection; it is never a programming error. Where Open vSwitch
 * answers with an experimenter error, so does the codec ({@code OFPET_EXPERIMENTER/0x4f4e4600/OFPBFC_MSG_BAD_LEN}).
 */
public final class OfCodecException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient OfErrorKind error;

    /**
     * A failure described by an OpenFlow error code and a detail a user can act on.
     *
     * @param error the standard or experimenter error
     * @param detail what exactly was wrong, such as {@code length 7 < 8}
     */
    public OfCodecException(final OfErrorKind error, final String detail) {
        super(error + ": " + detail);
        this.error = error;
    }

    /**
     * A failure described by an OpenFlow error code and a detail, caused by another exception.
     *
     * @param error the standard or experimenter error
     * @param detail what exactly was wrong
     * @param cause the exception that revealed it
     */
    public OfCodecException(final OfErrorKind error, final String detail, final Throwable cause) {
        super(error + ": " + detail, cause);
        this.error = error;
    }

    /**
     * The OpenFlow error this failure maps to.
     *
     * @return the error type and code
     */
    public OfErrorKind error() {
        return error;
    }
}
