/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExperimenterErrorCode;

/**
 * A request the switch refuses, with the OpenFlow error it answers and a reason for people. Nothing of the request
 * was applied.
 */
public final class RequestRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final SwitchErrorCode code;

    /**
     * A refusal with a standard error.
     *
     * @param code the type and code
     * @param reason what was wrong
     */
    public RequestRefusedException(final OfErrorCode code, final String reason) {
        this(SwitchErrorCode.of(code), reason);
    }

    /**
     * A refusal with an experimenter code, such as an ONF bundle error.
     *
     * @param code the experimenter code
     * @param reason why, for the log
     */
    public RequestRefusedException(final OfExperimenterErrorCode code, final String reason) {
        this(SwitchErrorCode.of(code), reason);
    }

    /**
     * A refusal with any error.
     *
     * @param code the error
     * @param reason what was wrong
     */
    public RequestRefusedException(final SwitchErrorCode code, final String reason) {
        super(code.name() + ": " + reason);
        this.code = code;
    }

    /**
     * The error to answer.
     *
     * @return the error code
     */
    public SwitchErrorCode code() {
        return code;
    }
}
