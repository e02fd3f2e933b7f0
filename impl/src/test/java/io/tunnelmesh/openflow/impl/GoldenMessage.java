/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfMessage;

/**
 * One golden vector of the codec tests, published for other modules' tests (through this module's test jar): a whole
 * message's exact wire bytes, the message they decode to, and where the bytes came from.
 *
 * @param source how the bytes were produced or checked, for example the {@code ovs-ofctl} command line
 * @param wire the message's bytes, header included
 * @param message the message the bytes decode to
 */
public record GoldenMessage(String source, OfBytes wire, OfMessage message) {
    @Override
    public String toString() {
        return message.getClass().getSimpleName() + " [" + source + "]";
    }
}
