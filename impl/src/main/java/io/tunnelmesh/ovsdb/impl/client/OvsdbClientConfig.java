/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import java.time.Duration;

/**
 * How a client connection behaves.
 *
 * @param requestTimeout how long any request waits for its response
 * @param maxMessageBytes the largest message accepted from the server; a larger one closes the connection
 * @param inactivityProbe the idle time after which an {@code echo} probes the peer, and after which an unanswered
 *     probe closes the connection; zero for no probe
 */
public record OvsdbClientConfig(Duration requestTimeout, int maxMessageBytes, Duration inactivityProbe) {
    /**
     * Thirty seconds per request, 64 MiB per message and a probe after five seconds of silence (Open vSwitch's default
     * {@code inactivity_probe}): a monitor's initial reply for thousands of ports and interfaces is a few megabytes;
     * the limit stops a broken or hostile peer from growing the heap without bound.
     */
    public static final OvsdbClientConfig DEFAULT = new OvsdbClientConfig(Duration.ofSeconds(30), 64 << 20,
        Duration.ofSeconds(5));

    /**
     * A configuration without inactivity probe.
     *
     * @param requestTimeout how long any request waits for its response
     * @param maxMessageBytes the largest message accepted from the server
     */
    public OvsdbClientConfig(final Duration requestTimeout, final int maxMessageBytes) {
        this(requestTimeout, maxMessageBytes, Duration.ZERO);
    }
}
