/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * A HELLO element of a type this library does not model, kept so that it re-encodes byte for byte; OpenFlow 1.3.5
 * section 7.5.1 requires a receiver to ignore such elements, not to reject them.
 *
 * @param type the 16-bit element type
 * @param body the body bytes, without the four header bytes and without padding
 */
public record OfHelloUnknownElement(int type, OfBytes body) implements OfHelloElement {
    /**
     * Checks the type fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfHelloUnknownElement {
        if (type < 0 || type > 0xffff) {
            throw new IllegalArgumentException("hello element type must be 16 bits: " + type);
        }
    }
}
