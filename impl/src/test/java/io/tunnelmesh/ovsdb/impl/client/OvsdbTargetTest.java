/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OvsdbTargetTest {
    @Test
    void parsesTcpSslAndBracketedIpv6() {
        assertEquals(new OvsdbTarget.Inet(OvsdbTarget.Transport.TCP, "198.51.100.2", 6640),
            OvsdbTarget.parse("tcp:198.51.100.2:6640"));
        assertEquals(new OvsdbTarget.Inet(OvsdbTarget.Transport.SSL, "::1", 6640),
            OvsdbTarget.parse("ssl:[::1]:6640"));
        assertEquals("ssl:[::1]:6640", OvsdbTarget.parse("ssl:[::1]:6640").toString());
        assertEquals("tcp:node-1:6641", OvsdbTarget.parse("tcp:node-1:6641").toString());
    }

    @Test
    void parsesAnAbsoluteUnixSocketPath() {
        final var target = OvsdbTarget.parse("unix:/var/run/openvswitch/db.sock");
        assertEquals(new OvsdbTarget.Unix(Path.of("/var/run/openvswitch/db.sock")), target);
        assertEquals(UnixDomainSocketAddress.of("/var/run/openvswitch/db.sock"),
            ((OvsdbTarget.Unix) target).address());
        assertEquals("unix:/var/run/openvswitch/db.sock", target.toString());
    }

    @Test
    void refusesPassiveMethodsMissingPortsAndBadPorts() {
        for (var bad : new String[] {"ptcp:6640", "punix:/run/db.sock", "tcp:198.51.100.2", "tcp:::1:6640",
            "tcp:198.51.100.2:0", "tcp:198.51.100.2:65536", "unix:", "unix:db.sock", "unix:run/db.sock"}) {
            assertThrows(IllegalArgumentException.class, () -> OvsdbTarget.parse(bad), bad);
        }
    }

    @Test
    void refusesAUnixPathLongerThanASocketAddressHolds() {
        final var fits = "/" + "d".repeat(106);
        assertEquals(fits, ((OvsdbTarget.Unix) OvsdbTarget.parse("unix:" + fits)).path().toString());
        final var e = assertThrows(IllegalArgumentException.class, () -> OvsdbTarget.parse("unix:" + fits + "d"));
        assertEquals("unix: OVSDB target path is 108 bytes, more than the 107 a Unix socket address holds: "
            + fits + "d", e.getMessage());
    }

    /**
     * The YANG leaf {@code ovsdb-address} admits what {@link OvsdbTarget#parse} takes and refuses what it refuses, so
     * that a configured node never fails to parse. The pattern is read from the module the yang artifact ships
     * ({@code META-INF/yang}), anchored as YANG patterns are (RFC 7950 section 9.4.5); the generated binding does
     * not check inline patterns, the datastore does. Ports 0 and above 65535 are the exception: the pattern takes any
     * five digits, the parser refuses them.
     */
    @Test
    void agreesWithTheYangPatternOfOvsdbAddress() throws IOException {
        final var yang = Pattern.compile("^(?:" + ovsdbAddressPattern() + ")$");
        for (var address : new String[] {"tcp:198.51.100.2:6640", "ssl:[2001:db8::2]:6640", "tcp:node-1:6641",
            "unix:/var/run/openvswitch/db.sock", "unix:/" + "d".repeat(106), "unix:/" + "d".repeat(107),
            "unix:db.sock", "unix:", "punix:/run/db.sock", "ptcp:6640", "tcp:198.51.100.2", "198.51.100.2:6640"}) {
            boolean parses;
            try {
                OvsdbTarget.parse(address);
                parses = true;
            } catch (IllegalArgumentException e) {
                parses = false;
            }
            assertEquals(parses, yang.matcher(address).matches(), address);
        }
        // stricter than the parser, which is safe: printable ASCII only, so that the byte count is the length
        assertFalse(yang.matcher("unix:/run/my db.sock").matches());
        assertFalse(yang.matcher("unix:/run/é.sock").matches());
    }

    private static String ovsdbAddressPattern() throws IOException {
        final String module;
        try (InputStream in = OvsdbTargetTest.class.getResourceAsStream("/META-INF/yang/tunnelmesh@2026-12-02.yang")) {
            assertNotNull(in, "the tunnelmesh module is not on the test class path");
            module = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        final var leaf = Pattern.compile("leaf ovsdb-address \\{\\s*type string \\{\\s*pattern '([^']*)';")
            .matcher(module);
        assertTrue(leaf.find(), "no pattern on leaf ovsdb-address");
        return leaf.group(1);
    }
}
