/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.tunnelmesh.openflow.api.OfBytes;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Values the codec tests share.
 */
final class TestValues {
    /** A broadcast ARP request from fa:16:3e:00:00:01 (192.0.2.1) for 192.0.2.2, 42 bytes. */
    static final OfBytes ARP_REQUEST = OfBytes.ofHex("fffffffffffffa163e00000108060001080006040001fa163e000001"
        + "c0000201000000000000c0000202");

    private TestValues() {
        // Hidden on purpose
    }

    /** An IPv4 literal; never a name lookup. */
    static Inet4Address v4(final String literal) {
        return (Inet4Address) literal(literal);
    }

    /** An IPv6 literal; never a name lookup. */
    static Inet6Address v6(final String literal) {
        return (Inet6Address) literal(literal);
    }

    private static InetAddress literal(final String literal) {
        // getByName does no lookup for a literal; the tests only pass literals
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError("not an IP literal: " + literal, e);
        }
    }
}
