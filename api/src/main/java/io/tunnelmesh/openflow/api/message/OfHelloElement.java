/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

/**
 * An element of a HELLO message (OpenFlow 1.3.5 section 7.5.1, {@code ofp_hello_elem_header}).
 * <pre>
 *   +---------------+---------------+------------------------------+
 *   | type (16)     | length (16)   | body, then zero padding to 8 |
 *   +---------------+---------------+------------------------------+
 * </pre>
 * {@code length} counts the four header bytes and the body, not the padding.
 */
public sealed interface OfHelloElement permits OfHelloVersionBitmap, OfHelloUnknownElement {
    // Sealed: the version bitmap, or an element kept opaque.
}
