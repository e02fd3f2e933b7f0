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
 * The key an experimenter multipart body codec is registered under (OpenFlow 1.3.5 section 7.3.5.15): requests and
 * replies of the same experimenter and exp_type have different bodies, so the direction is part of the key.
 *
 * @param version the protocol version
 * @param experimenter the experimenter id
 * @param expType the experimenter's multipart type
 * @param reply {@code true} for a reply body, {@code false} for a request body
 */
record MultipartExperimenterKey(OfVersion version, int experimenter, int expType, boolean reply) {
    @Override
    public String toString() {
        return String.format("(%s, multipart %s, experimenter 0x%08x, exp_type %d)", version,
            reply ? "reply" : "request", experimenter, expType);
    }
}
