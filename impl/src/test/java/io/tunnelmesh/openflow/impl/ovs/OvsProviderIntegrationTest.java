/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ovs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfErrorReplyException;
import io.tunnelmesh.openflow.api.connection.OfTransport;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library end to end against a real {@code ovs-vswitchd}, in each way a switch and a controller meet: the switch
 * connects to the library's switch connection provider over TCP and over TLS with mutual authentication, or listens
 * ({@code ptcp:}) and the provider dials it. Each time the handshake (HELLO negotiation, FEATURES) completes and what
 * we send is what {@code ovs-ofctl} on the switch's own management socket shows. Each test has its own bridge in one
 * shared sandbox.
 */
@ExtendWith(OvsSandboxExtension.class)
class OvsProviderIntegrationTest {
    private static final long COOKIE = 0x544d000000000007L;

    private static SwitchConnectionConfig.Builder config() {
        return SwitchConnectionConfig.builder().bindAddress(InetAddress.getLoopbackAddress()).port(0)
            .supportedVersions(OfVersion.OF13);
    }

    @Test
    void ovsConnectsToTheProviderAndHoldsWhatItWasSent(final OvsSandbox sandbox) throws Exception {
        try (var controller = ControllerEndpoint.listening(config().build())) {
            sandbox.addBridge("br-tcp", "tcp:127.0.0.1:" + controller.port(), "OpenFlow13");
            final var connection = controller.awaitSwitch(sandbox);
            assertEquals(OfVersion.OF13, connection.version());

            connection.send(OfGroupMod.add(7, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(1)),
                OfBucket.of(OfActionOutput.to(2))).withXid(connection.nextXid()));
            connection.send(OfMeterMod.builder(3).xid(connection.nextXid()).kbps().drop(1000, 0).build());
            connection.send(OfFlowMod.builder().xid(connection.nextXid()).cookie(COOKIE).priority(100)
                .match(OfMatch.builder().inPort(3).build())
                .instruction(new OfInstructionMeter(3))
                .instruction(OfInstructionApplyActions.of(new OfActionGroup(7))).build());

            final int bundle = 1;
            final var open = connection.request(OnfBundleControl.of(connection.nextXid(), bundle,
                OnfBundleControlType.OPEN_REQUEST, OnfBundleControl.ATOMIC)).get(30, TimeUnit.SECONDS);
            assertEquals(OnfBundleControlType.OPEN_REPLY, assertInstanceOf(OnfBundleControl.class, open).type());
            connection.send(OnfBundleAdd.of(bundle, OnfBundleControl.ATOMIC, OfFlowMod.builder()
                .xid(connection.nextXid()).cookie(COOKIE).priority(200).match(OfMatch.builder().inPort(4).build())
                .applyActions(OfActionOutput.to(1)).build()));
            final var commit = connection.request(OnfBundleControl.of(connection.nextXid(), bundle,
                OnfBundleControlType.COMMIT_REQUEST, OnfBundleControl.ATOMIC)).get(30, TimeUnit.SECONDS);
            assertEquals(OnfBundleControlType.COMMIT_REPLY, assertInstanceOf(OnfBundleControl.class, commit).type());
            connection.barrier().get(30, TimeUnit.SECONDS);
            // a bundle that was never opened: Open vSwitch answers with the ONF experimenter error OFPBFC_BAD_ID
            final var unknownBundle = connection.request(OnfBundleControl.of(connection.nextXid(), 99,
                OnfBundleControlType.COMMIT_REQUEST, OnfBundleControl.ATOMIC));
            final var refused = assertInstanceOf(OfErrorReplyException.class, assertThrows(ExecutionException.class,
                () -> unknownBundle.get(30, TimeUnit.SECONDS)).getCause());
            final var error = assertInstanceOf(OfExperimenterError.class, refused.error());
            assertEquals(OnfErrorCodes.OFPBFC_BAD_ID, error.error());
            assertEquals("OFPBFC_BAD_ID", error.error().name(), "decoded with its ONF name");

            final var groups = sandbox.ofctl("OpenFlow13", "dump-groups", "br-tcp");
            assertTrue(groups.contains("group_id=7,type=all,bucket=actions=output:1,bucket=actions=output:2"),
                groups);
            final var meters = sandbox.ofctl("OpenFlow13", "dump-meters", "br-tcp");
            assertTrue(meters.contains("meter=3 kbps bands=") && meters.contains("type=drop rate=1000"), meters);
            final var flows = sandbox.ofctl("OpenFlow13", "dump-flows", "br-tcp").lines()
                .filter(line -> line.contains("cookie=")).toList();
            assertEquals(2, flows.size(), String.join("\n", flows));
            assertTrue(flows.stream().anyMatch(line -> line.contains("priority=100,in_port=3")
                && line.contains("actions=meter:3,group:7")), String.join("\n", flows));
            assertTrue(flows.stream().anyMatch(line -> line.contains("priority=200,in_port=4")
                && line.contains("actions=output:1")), String.join("\n", flows));
            assertTrue(flows.stream().allMatch(line -> line.contains("cookie=0x544d000000000007")),
                String.join("\n", flows));
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * OpenFlow 1.3.5 section 6.3.3: the switch ({@code ssl:} target) and the controller authenticate each other with
     * certificates of one CA; the library's provider requires the switch's certificate.
     */
    @Test
    void ovsConnectsOverTlsWithMutualAuthentication(final OvsSandbox sandbox, @TempDir final Path keys)
            throws Exception {
        final var material = OvsTlsMaterial.generate(keys);
        try (var controller = ControllerEndpoint.listening(config().transport(OfTransport.TLS)
                .tls(material.controller()).build())) {
            sandbox.vsctl(material.switchSetSsl());
            sandbox.addBridge("br-tls", "ssl:127.0.0.1:" + controller.port(), "OpenFlow13");
            final var connection = controller.awaitSwitch(sandbox);
            assertEquals(OfVersion.OF13, connection.version());
            assertFlowArrives(sandbox, "br-tls", connection, 5);
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Controller-initiated connection (OpenFlow 1.3.5 section 6.3.4 allows either side to open the channel): the
     * switch listens ({@code ptcp:PORT:127.0.0.1}) and the provider's client mode dials it.
     */
    @Test
    void providerDialsASwitchThatListens(final OvsSandbox sandbox) throws Exception {
        final int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (var controller = ControllerEndpoint.dialing(config().build())) {
            sandbox.addBridge("br-ptcp", "ptcp:" + port + ":127.0.0.1", "OpenFlow13");
            controller.dial(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), sandbox);
            final var connection = controller.awaitSwitch(sandbox);
            assertEquals(OfVersion.OF13, connection.version());
            assertFlowArrives(sandbox, "br-ptcp", connection, 6);
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    private static void assertFlowArrives(final OvsSandbox sandbox, final String bridge,
            final OfConnection connection, final int inPort) throws Exception {
        final var features = connection.features();
        final var dpid = sandbox.vsctl("get", "bridge", bridge, "datapath_id").strip().replace("\"", "");
        assertEquals(Long.parseUnsignedLong(dpid, 16), features == null ? null : features.datapathId());
        connection.send(OfFlowMod.builder().xid(connection.nextXid()).cookie(COOKIE).priority(300)
            .match(OfMatch.builder().inPort(inPort).build()).applyActions(OfActionOutput.to(1)).build());
        connection.barrier().get(30, TimeUnit.SECONDS);
        final var flows = sandbox.ofctl("OpenFlow13", "dump-flows", bridge).lines()
            .filter(line -> line.contains("cookie=")).toList();
        assertEquals(1, flows.size(), String.join("\n", flows));
        assertTrue(flows.get(0).contains("cookie=0x544d000000000007") && flows.get(0).contains("priority=300,in_port="
            + inPort) && flows.get(0).contains("actions=output:1"), flows.get(0));
    }
}
