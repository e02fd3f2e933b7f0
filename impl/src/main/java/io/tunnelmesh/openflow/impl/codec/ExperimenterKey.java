/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * The key an experimenter message codec is registered under (OpenFlow 1.3.5 section 7.5.4).
 *
 * @param version the protocol version
 * @param experimenter the experimenter id
 * @param expType the experimenter's message type
 */
record ExperimenterKey(OfVersion version, int experimenter, int expType) {
    @Override
    public String toString() {
        return String.format("(%s, experimenter 0x%08x, exp_type %d)", version, experimenter, expType);
    }
}
