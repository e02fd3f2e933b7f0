/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfTransport;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsTlsMaterial;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import io.tunnelmesh.simpleclient.emulator.SwitchStatus;
import io.tunnelmesh.simpleclient.emulator.SwitchTransport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's provider against emulated switches over TLS with mutual authentication, with the key material
 * Open vSwitch would take (impl's {@link OvsTlsMaterial}: a test CA, the switch's PEM key and certificate, the
 * controller's PKCS12 stores): the handshake, echo and a disconnect both ways when the switch dials, the provider
 * dialing a listening switch, and a switch whose certificate another CA signed refused by the controller.
 */
@ExtendWith(NettyLeakDetection.class)
class ProviderAgainstEmulatorOverTlsTest {
    private static final long DPID = 0x7150_0000_0001L;

    private static OvsTlsMaterial material;
    private static OvsTlsMaterial otherCa;

    @BeforeAll
    static void generateKeys(@TempDir final Path keys, @TempDir final Path otherKeys) throws Exception {
        material = OvsTlsMaterial.generate(keys);
        otherCa = OvsTlsMaterial.generate(otherKeys);
    }

    private static SwitchConnectionConfig tlsController() {
        return SwitchConnectionConfig.builder().port(0).transport(OfTransport.TLS).tls(material.controller()).build();
    }

    private static SwitchTransport.Tls switchKeys(final OvsTlsMaterial keys, final OvsTlsMaterial trusted) {
        return new SwitchTransport.Tls(keys.switchKey(), keys.switchCertificate(), trusted.caCertificate());
    }

    @Test
    void aSwitchDialsOverTlsHandshakesEchoesAndComesBackAfterADisconnect() throws Exception {
        try (var controller = new RecordingController(tlsController());
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID)
                 .controller(controller.address).transport(switchKeys(material, material))
                 .reconnect(Duration.ofMillis(20), Duration.ofMillis(50)).threads(1).build())) {
            final var connection = controller.awaitSwitch(DPID);
            final var echo = connection.request(new OfEchoRequest(connection.version(), connection.nextXid(),
                OfBytes.ofHex("7e57"))).get(5, TimeUnit.SECONDS);
            assertEquals(OfBytes.ofHex("7e57"), assertInstanceOf(OfEchoReply.class, echo).data());
            connection.barrier().get(5, TimeUnit.SECONDS);

            // the switch leaves: the controller sees the TLS connection closed, the switch dials again
            fleet.byDatapathId(DPID).disconnect().get(5, TimeUnit.SECONDS);
            assertEquals(OfDisconnectReason.Cause.PEER_CLOSED, controller.awaitDisconnect().cause());
            final var again = controller.awaitSwitchAgain(DPID, connection);
            again.barrier().get(5, TimeUnit.SECONDS);

            // the controller leaves: the switch sees it and dials again too
            again.close().get(5, TimeUnit.SECONDS);
            final var third = controller.awaitSwitchAgain(DPID, again);
            assertNotSame(again, third);
            final var reason = fleet.byDatapathId(DPID).lastDisconnect();
            assertNotNull(reason);
            assertEquals(OfDisconnectReason.Cause.PEER_CLOSED, reason.cause(), reason::toString);
        }
    }

    @Test
    void theControllerDialsAListeningTlsSwitch() throws Exception {
        try (var controller = new RecordingController(tlsController());
             var fleet = SwitchFleet.start(FleetConfig.builder().switches(2).datapathIdBase(DPID)
                 .listen(InetAddress.getLoopbackAddress(), 0).transport(switchKeys(material, material)).threads(1)
                 .build())) {
            fleet.started().get(5, TimeUnit.SECONDS);
            final var target = fleet.bySwitchNumber(2).listenAddress();
            assertNotNull(target);
            // the provider checks the address it dials against the certificate's (IP:127.0.0.1), not a host name
            final var connection = controller.provider.connect(new InetSocketAddress("127.0.0.1", target.getPort()))
                .get(5, TimeUnit.SECONDS);
            assertSame(connection, controller.awaitSwitch(DPID + 1));
            connection.barrier().get(5, TimeUnit.SECONDS);
            assertTrue(fleet.awaitHandshaken(1, Duration.ofSeconds(5)));
            assertEquals(SwitchStatus.LISTENING, fleet.bySwitchNumber(1).status());
        }
    }

    @Test
    void aSwitchCertificateFromAnotherCaIsRefused() throws Exception {
        // the switch trusts the controller's CA, but its own certificate comes from a CA the controller does not know
        try (var controller = new RecordingController(tlsController());
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID)
                 .controller(controller.address).transport(switchKeys(otherCa, material))
                 .reconnect(Duration.ofMillis(20), Duration.ofMillis(50)).threads(1).build())) {
            final var emulated = fleet.byDatapathId(DPID);
            Eventually.await(Duration.ofSeconds(10), () -> fleet.counters().disconnects() >= 2,
                () -> fleet.counters().toString());
            assertEquals(0, fleet.counters().handshaken());
            assertTrue(controller.handshaken.isEmpty(), "the controller took no switch");
            assertEquals(0, controller.provider.counters().received(), "no OpenFlow message got through");
            assertNotNull(emulated.lastDisconnect());
        }
    }
}
