/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

/**
 * Which side of an OpenFlow connection a scenario plays. It decides what the handshake helper does (OpenFlow 1.3.5
 * section 6.3.1 and 7.3.1): a controller asks for the features, a switch answers the request.
 */
public enum ScenarioRole {
    /** Plays a switch: answers {@code FEATURES_REQUEST} in the handshake. */
    SWITCH,
    /** Plays a controller: sends {@code FEATURES_REQUEST} in the handshake. */
    CONTROLLER;

    /**
     * The role as written in a scenario file.
     *
     * @return {@code switch} or {@code controller}
     */
    public String keyword() {
        return this == SWITCH ? "switch" : "controller";
    }
}
