/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.facade;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code ovs-vswitchd} made of an interface.
 *
 * @param name the interface name
 * @param ofport its OpenFlow port number, empty until assigned; -1 when it could not be created
 * @param error why it could not be created ({@code error}), such as an unsupported tunnel type
 */
public record OvsdbInterfaceState(String name, OptionalLong ofport, Optional<String> error) {
    /**
     * Whether the interface is realised: an OpenFlow port number was assigned and no error reported.
     *
     * @return true when usable in flows
     */
    public boolean isRealised() {
        return ofport.isPresent() && ofport.getAsLong() > 0 && error.isEmpty();
    }
}
