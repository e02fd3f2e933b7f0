/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OvsdbTargetTest {
    @Test
    void parsesTcpSslAndBracketedIpv6() {
        assertEquals(new OvsdbTarget(OvsdbTarget.Transport.TCP, "198.51.100.2", 6640),
            OvsdbTarget.parse("tcp:198.51.100.2:6640"));
        assertEquals(new OvsdbTarget(OvsdbTarget.Transport.SSL, "::1", 6640), OvsdbTarget.parse("ssl:[::1]:6640"));
        assertEquals("ssl:[::1]:6640", OvsdbTarget.parse("ssl:[::1]:6640").toString());
        assertEquals("tcp:node-1:6641", OvsdbTarget.parse("tcp:node-1:6641").toString());
    }

    @Test
    void refusesPassiveMethodsMissingPortsAndBadPorts() {
        for (var bad : new String[] {"ptcp:6640", "tcp:198.51.100.2", "unix:/run/db.sock", "tcp:::1:6640",
            "tcp:198.51.100.2:0", "tcp:198.51.100.2:65536"}) {
            assertThrows(IllegalArgumentException.class, () -> OvsdbTarget.parse(bad), bad);
        }
    }
}
