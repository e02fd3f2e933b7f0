/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

/**
 * Where an emulated switch's connection stands.
 * <pre>
 *   active:  WAITING --paced dial--&gt; CONNECTING --TCP up--&gt; CONNECTED --FEATURES_REPLY sent--&gt; HANDSHAKEN
 *               ^                          |                    |                                |
 *               +------ backoff ------- failed ----------- closed -------------------------- closed
 *   passive: LISTENING --a controller connects--&gt; CONNECTED --&gt; HANDSHAKEN --last one leaves--&gt; LISTENING
 * </pre>
 * {@code STOPPED} before the fleet starts it and after it stops.
 */
public enum SwitchStatus {
    /** Not started, or stopped. */
    STOPPED,
    /** Waiting for its turn to dial, or for its backoff to pass. */
    WAITING,
    /** Dialing the controller. */
    CONNECTING,
    /** Listening for controllers, none connected. */
    LISTENING,
    /** Connected, handshake not finished (no {@code FEATURES_REPLY} sent yet). */
    CONNECTED,
    /** Connected and its {@code FEATURES_REPLY} sent: the controller knows the switch. */
    HANDSHAKEN;

    /**
     * Whether a connection is up.
     *
     * @return true when connected or handshaken
     */
    public boolean isConnected() {
        return this == CONNECTED || this == HANDSHAKEN;
    }
}
