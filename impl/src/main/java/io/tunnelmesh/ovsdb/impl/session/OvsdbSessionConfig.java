/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import java.time.Duration;

/**
 * How a session behaves.
 *
 * @param database the database whose schema the session reads and whose tables its monitors watch
 * @param backoff the delays between reconnection attempts
 */
public record OvsdbSessionConfig(String database, OvsdbBackoff backoff) {
    /** Open_vSwitch, retried after 0.5 s, 1 s, 2 s ... up to 30 s (each drawn from the upper half). */
    public static final OvsdbSessionConfig DEFAULT = new OvsdbSessionConfig("Open_vSwitch",
        new OvsdbBackoff(Duration.ofMillis(500), Duration.ofSeconds(30)));
}
