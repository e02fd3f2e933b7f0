/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;

/**
 * What a scenario's connection hands its steps, in order: messages, frames the codecs could not decode, and the end
 * of the connection.
 */
sealed interface ScenarioInbound {
    /**
     * A message.
     *
     * @param message the message
     */
    record Received(OfMessage message) implements ScenarioInbound {
        // Value holder
    }

    /**
     * A frame the codecs could not decode.
     *
     * @param failure what was wrong, with the frame's first bytes
     */
    record Undecodable(OfDecodeFailure failure) implements ScenarioInbound {
        @Override
        public String toString() {
            return "undecodable frame: " + failure + " " + failure.frame().toHex();
        }
    }

    /**
     * The connection closed; it is the last thing received.
     *
     * @param reason who closed it, or the error that did
     */
    record Closed(String reason) implements ScenarioInbound {
        @Override
        public String toString() {
            return "connection closed: " + reason;
        }
    }
}
