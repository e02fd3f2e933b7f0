/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.GoldenVectorHarness;

/**
 * A message and its exact wire bytes, with where the bytes came from.
 *
 * @param source how the bytes were produced or checked, for example the {@code ovs-ofctl} command line
 * @param wire the bytes
 * @param message the message they encode
 */
record GoldenVector(String source, OfBytes wire, OfMessage message) implements GoldenVectorHarness.Vector {
    static GoldenVector of(final String source, final String hex, final OfMessage message) {
        return new GoldenVector(source, OfBytes.ofHex(hex), message);
    }

    /** The (version, type) the bytes carry in their header. */
    int type() {
        return wire.get(1);
    }

    @Override
    public String toString() {
        return message.getClass().getSimpleName() + " [" + source + "]";
    }
}
