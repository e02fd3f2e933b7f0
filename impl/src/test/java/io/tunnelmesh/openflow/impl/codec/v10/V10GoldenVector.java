/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.GoldenVectorHarness;

/**
 * An OpenFlow 1.0 message and its exact wire bytes, with where the bytes came from.
 *
 * @param source how the bytes were produced or checked, for example the {@code ovs-ofctl} command line
 * @param wire the bytes
 * @param message the message they encode
 */
record V10GoldenVector(String source, OfBytes wire, OfMessage message) implements GoldenVectorHarness.Vector {
    static V10GoldenVector of(final String source, final String hex, final OfMessage message) {
        return new V10GoldenVector(source, OfBytes.ofHex(hex), message);
    }

    /** The type the bytes carry in their header. */
    int type() {
        return wire.get(1);
    }

    /** The xid the bytes carry in their header. */
    int xid() {
        return wire.get(4) << 24 | wire.get(5) << 16 | wire.get(6) << 8 | wire.get(7);
    }

    @Override
    public String toString() {
        return message.getClass().getSimpleName() + " [" + source + "]";
    }
}
