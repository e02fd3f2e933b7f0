/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_SET_CONFIG} (OpenFlow 1.3.5 section 7.3.2): sets the switch configuration; it has no reply. The wire
 * layout is {@link OfSwitchConfig}'s.
 *
 * @param xid the transaction id
 * @param config the flags and miss-send length
 */
public record OfSetConfig(int xid, OfSwitchConfig config) implements OfMessage {
    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
