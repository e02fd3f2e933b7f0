/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tunnelmesh.openflow.api.OfVersion;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line of {@code ./tunnelmesh emulate}.
 */
class EmulateOptionsTest {
    @Test
    void parsesAnActiveFleet() {
        final var options = EmulateOptions.parse("--switches", "1000", "--controller", "127.0.0.1:6653", "--ports",
            "8", "--version", "1.0", "--dpid-base", "0x100", "--connect-rate", "200", "--duration", "2.5");
        assertNotNull(options);
        final var fleet = options.fleet();
        assertEquals(1000, fleet.switches());
        assertEquals(new InetSocketAddress("127.0.0.1", 6653),
            assertInstanceOf(FleetConfig.Active.class, fleet.mode()).controller());
        assertEquals(8, fleet.ports().count());
        assertEquals(0, fleet.ports().tunnelPort());
        assertEquals(List.of(OfVersion.OF10), fleet.versions());
        assertEquals(0x100, fleet.datapathIdBase());
        assertEquals(200, fleet.connectRate());
        assertEquals(Duration.ofMillis(2500), options.duration());
    }

    @Test
    void parsesAPassiveFleet() {
        final var options = EmulateOptions.parse("--switches", "3", "--listen", "16653", "--dpid-base", "42",
            "--tunnel-port", "100");
        assertNotNull(options);
        final var passive = assertInstanceOf(FleetConfig.Passive.class, options.fleet().mode());
        assertEquals(16655, passive.port(3));
        assertEquals(42, options.fleet().datapathIdBase());
        assertEquals(100, options.fleet().ports().tunnelPort());
        assertNull(options.duration());
    }

    @Test
    void parsesTheTransports() {
        assertEquals(SwitchTransport.TCP, parse().fleet().transport());
        assertEquals(SwitchTransport.UDP, parse("--transport", "udp").fleet().transport());
        assertEquals(new SwitchTransport.Tls(Path.of("k.pem"), Path.of("c.pem"), Path.of("ca.pem")),
            parse("--tls", "--private-key", "k.pem", "--certificate", "c.pem", "--ca-cert", "ca.pem").fleet()
                .transport());
        assertEquals(new SwitchTransport.Tls(Path.of("k"), Path.of("c"), Path.of("ca")), parse("--transport", "TLS",
            "--ca-cert", "ca", "--certificate", "c", "--private-key", "k").fleet().transport());
    }

    private static EmulateOptions parse(final String... transport) {
        final var args = new ArrayList<>(List.of("--switches", "1", "--controller", "127.0.0.1"));
        args.addAll(List.of(transport));
        final var options = EmulateOptions.parse(args.toArray(String[]::new));
        assertNotNull(options);
        return options;
    }

    @Test
    void readsAddresses() {
        assertEquals(new InetSocketAddress("::1", 6633), EmulateOptions.address("[::1]:6633"));
        assertEquals(new InetSocketAddress("127.0.0.1", 6653), EmulateOptions.address("127.0.0.1"));
        assertEquals(-1L, EmulateOptions.datapathId("0xffffffffffffffff"));
    }

    @Test
    void helpIsNotAnError() {
        assertNull(EmulateOptions.parse("--switches", "2", "--help"));
    }

    @Test
    void saysWhatIsWrong() {
        assertMessage("--switches is missing", "--controller", "127.0.0.1:6653");
        assertMessage("give exactly one of --controller HOST:PORT and --listen BASE_PORT", "--switches", "1");
        assertMessage("give exactly one of --controller HOST:PORT and --listen BASE_PORT", "--switches", "1",
            "--controller", "127.0.0.1", "--listen", "1");
        assertMessage("--switches must be a whole number, not ten", "--switches", "ten");
        assertMessage("--switches must be 1 to 2147483647, not 0", "--switches", "0");
        assertMessage("--switches needs a value", "--switches");
        assertMessage("unknown option --frobnicate", "--frobnicate", "1");
        assertMessage("--version must be 1.3, 1.0 or both, not 1.5", "--version", "1.5");
        assertMessage("--controller port must be 1 to 65535, not 70000", "--switches", "1", "--controller",
            "127.0.0.1:70000");
        assertMessage("--controller ::1: write an IPv6 address as [ADDR]:PORT", "--controller", "::1");
        assertMessage("--transport must be tcp, tls or udp, not sctp", "--switches", "1", "--controller",
            "127.0.0.1", "--transport", "sctp");
        assertMessage("TLS needs --private-key, --certificate and --ca-cert", "--switches", "1", "--controller",
            "127.0.0.1", "--tls", "--private-key", "k.pem");
        assertMessage("--private-key, --certificate and --ca-cert need --transport tls", "--switches", "1",
            "--controller", "127.0.0.1", "--ca-cert", "ca.pem");
        assertMessage("UDP switches dial the controller; listening needs TCP or TLS", "--switches", "1",
            "--listen", "0", "--transport", "udp");
        assertMessage("--duration must be a positive number of seconds, not -1", "--duration", "-1");
        assertMessage("--dpid-base must be a 64-bit number, decimal or 0x hexadecimal, not 0xg", "--dpid-base", "0xg");
    }

    private static void assertMessage(final String message, final String... args) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> EmulateOptions.parse(args))
            .getMessage());
    }
}
