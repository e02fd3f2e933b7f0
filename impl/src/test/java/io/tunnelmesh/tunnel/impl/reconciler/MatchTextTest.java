/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Matches read as {@code ovs-ofctl dump-flows} prints them.
 */
class MatchTextTest {
    @Test
    void overlayFieldsUseOvsNames() throws Exception {
        assertEquals("", MatchText.of(OfMatch.ALL));
        assertEquals("in_port=1,dl_src=02:00:00:00:00:0a", MatchText.of(new OfMatch(List.of(OxmInPort.of(1),
            new OxmEthSrc(MacAddress.of("02:00:00:00:00:0a"), null)))));
        assertEquals("metadata=0xbb6ab3efd0b4a48c,dl_dst=01:00:00:00:00:00/01:00:00:00:00:00", MatchText.of(
            new OfMatch(List.of(OxmMetadata.of(0xbb6ab3efd0b4a48cL), new OxmEthDst(MacAddress.of("01:00:00:00:00:00"),
                MacAddress.of("01:00:00:00:00:00"))))));
        assertEquals("in_port=100,tun_id=0x1389,tun_src=192.0.2.5", MatchText.of(new OfMatch(List.of(
            OxmInPort.of(100), OxmTunnelId.of(5001), new NxmTunIpv4Src((Inet4Address) InetAddress.getByName(
                "192.0.2.5"), null)))));
    }
}
