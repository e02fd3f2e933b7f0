/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfExperimenterErrorCode;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Why the switch refuses a request: a standard OpenFlow 1.3 error code, or one of the ONF experimenter errors that
 * OpenFlow 1.3 switches send for what OpenFlow 1.4 made standard (bundles, duplicate instructions).
 */
public sealed interface SwitchErrorCode extends Serializable permits SwitchErrorCode.Standard,
        SwitchErrorCode.Experimenter {
    /**
     * The error's name, such as {@code OFPFMFC_OVERLAP}.
     *
     * @return the name
     */
    String name();

    /** How many bytes of the request an error carries, as Open vSwitch sends (OpenFlow asks for at least 64). */
    int MAX_DATA = 64;

    /**
     * The {@code OFPT_ERROR} answering a request.
     *
     * @param xid the request's transaction id
     * @param request the request's bytes, or as many as are known ({@link OfBytes#EMPTY} if none)
     * @return the error message, carrying at most the request's first 64 bytes
     */
    OfErrorMessage toMessage(int xid, OfBytes request);

    /**
     * A standard code.
     *
     * @param code the type and code
     * @return the error code
     */
    static SwitchErrorCode of(final OfErrorCode code) {
        return new Standard(code.type().code(), code.code());
    }

    /**
     * An experimenter code, such as the ONF codes of {@code OnfErrorCodes}.
     *
     * @param code the experimenter, code and name
     * @return the error code
     */
    static SwitchErrorCode of(final OfExperimenterErrorCode code) {
        return new Experimenter(code.experimenter(), code.code(), code.name());
    }

    /**
     * An experimenter error ({@code OFPET_EXPERIMENTER}, OpenFlow 1.3.5 section 7.4.4), kept as numbers and name so
     * that the exception carrying it serializes.
     *
     * @param experimenter the experimenter ID
     * @param value the 16-bit experimenter code
     * @param name the code's name
     */
    record Experimenter(int experimenter, int value, String name) implements SwitchErrorCode {
        @Override
        public OfErrorMessage toMessage(final int xid, final OfBytes request) {
            final var data = request.length() <= MAX_DATA ? request
                : OfBytes.copyOf(Arrays.copyOf(request.toByteArray(), MAX_DATA));
            return new OfExperimenterError(xid, OfExperimenterErrorCode.of(experimenter, value, name), data);
        }
    }

    /**
     * A standard OpenFlow 1.3 error, kept as its two numbers so that the exception carrying it serializes.
     *
     * @param type the 16-bit error type
     * @param value the 16-bit error code
     */
    record Standard(int type, int value) implements SwitchErrorCode {
        /**
         * The type and code.
         *
         * @return the error code
         */
        public OfErrorCode code() {
            return OfErrorCode.valueOf(type, value);
        }

        @Override
        public String name() {
            return code().name();
        }

        @Override
        public OfErrorMessage toMessage(final int xid, final OfBytes request) {
            return OfError.answering(xid, code(), request);
        }
    }
}
