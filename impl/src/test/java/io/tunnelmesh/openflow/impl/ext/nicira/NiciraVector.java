/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfAction;
import java.util.List;

/**
 * An action list and its exact wire bytes, with where the bytes came from and what {@code ovs-ofctl ofp-print} prints
 * for them.
 *
 * @param source how the bytes were produced, for example the {@code ovs-ofctl} command line
 * @param wire the actions' bytes (the body of an apply-actions instruction)
 * @param ovsText the actions as Open vSwitch prints them after {@code actions=}
 * @param actions the actions the bytes encode
 */
record NiciraVector(String source, OfBytes wire, String ovsText, List<OfAction> actions) {
    static NiciraVector of(final String source, final String hex, final String ovsText, final OfAction... actions) {
        return new NiciraVector(source, OfBytes.ofHex(hex), ovsText, List.of(actions));
    }

    @Override
    public String toString() {
        return actions.getLast().getClass().getSimpleName() + " [" + source + "]";
    }
}
