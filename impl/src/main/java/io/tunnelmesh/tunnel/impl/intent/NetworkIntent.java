/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An overlay network as declared.
 *
 * @param name the network's name
 * @param encapsulation its encapsulation
 * @param segmentationId the configured segment ID (unsigned), or null when one is to be allocated
 * @param ports the network's ports by name
 */
public record NetworkIntent(String name, Encapsulation encapsulation, @Nullable Long segmentationId,
        Map<String, PortIntent> ports) {
    public NetworkIntent {
        requireNonNull(name);
        requireNonNull(encapsulation);
        ports = Map.copyOf(ports);
    }
}
