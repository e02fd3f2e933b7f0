/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Values the OpenFlow 1.0 vectors share.
 */
final class V10TestValues {
    /** {@code OFPP_NONE}. */
    static final int NONE = Of10PortDesc.OFPP_NONE;
    /** An ARP request from 00:11:22:33:44:55 (192.168.0.1) for 192.168.0.2, 42 bytes. */
    static final OfBytes ARP_REQUEST = OfBytes.ofHex(
        "ffffffffffff00112233445508060001080006040001001122334455c0a80001000000000000c0a80002");
    /** {@code ovs-ofctl -O OpenFlow10 -F OpenFlow10 --strict del-flows priority=100,in_port=1,ip,nw_dst=...}. */
    static final String DEL_STRICT_HEX = "010e004800000002003020ee0001000000000000000000000000000000000800000000000000"
        + "0000c0a800010000000000000000000000000004000000000064ffffffffffff0000";

    private V10TestValues() {
        // Hidden on purpose
    }

    static Inet4Address v4(final String text) {
        try {
            return (Inet4Address) InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Of10Match anyMatch() {
        return Of10Match.ALL;
    }
}
