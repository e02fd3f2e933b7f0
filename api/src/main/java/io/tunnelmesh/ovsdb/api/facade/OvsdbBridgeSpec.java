/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.facade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bridge as TunnelMesh wants it ({@code Bridge} table): always {@code fail_mode=secure}, so that a switch cut off
 * from its controllers keeps its flows and never falls back to MAC learning, which would flood across the overlay.
 *
 * @param name the bridge name, such as {@code br-int}
 * @param datapathType {@code system}, {@code netdev} (userspace) or, in tests, {@code dummy}
 * @param protocols the OpenFlow versions, such as {@code OpenFlow13}
 * @param controllerTargets the controller connection methods, such as {@code tcp:192.0.2.10:6653}
 * @param otherConfig more {@code other_config} pairs, such as {@code disable-in-band=true}; pairs not named here are
 *     left alone
 * @param datapathId the datapath ID to request, 16 hex digits ({@code other_config:datapath-id}), or empty to let
 *     OVS derive it
 */
public record OvsdbBridgeSpec(String name, String datapathType, List<String> protocols,
        List<String> controllerTargets, Map<String, String> otherConfig, Optional<String> datapathId) {
    private static final Pattern DATAPATH_ID = Pattern.compile("[0-9a-fA-F]{16}");

    /**
     * A bridge spec; the collections are copied.
     *
     * @throws IllegalArgumentException if the datapath ID is not 16 hex digits
     */
    public OvsdbBridgeSpec {
        protocols = List.copyOf(protocols);
        controllerTargets = List.copyOf(controllerTargets);
        otherConfig = Map.copyOf(otherConfig);
        if (datapathId.isPresent() && !DATAPATH_ID.matcher(datapathId.orElseThrow()).matches()) {
            throw new IllegalArgumentException("datapath ID must be 16 hex digits, not " + datapathId.orElseThrow());
        }
    }

    /**
     * The {@code other_config} pairs to ensure, the datapath ID included.
     *
     * @return the pairs
     */
    public Map<String, String> otherConfigPairs() {
        final var pairs = new LinkedHashMap<>(otherConfig);
        datapathId.ifPresent(id -> pairs.put("datapath-id", id.toLowerCase(Locale.ROOT)));
        return pairs;
    }
}
