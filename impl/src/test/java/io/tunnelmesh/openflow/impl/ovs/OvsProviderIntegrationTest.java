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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.connection.OfSwitchConnectionProvider;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library end to end against a real {@code ovs-vswitchd}: the switch connects to the library's switch connection
 * provider, completes the handshake (HELLO negotiation, FEATURES), and receives a group, a meter, a flow using both
 * and a second flow inside an ONF bundle committed atomically; {@code ovs-ofctl dump-groups}, {@code dump-meters} and
 * {@code dump-flows} on the switch's own management socket then show exactly them.
 */
class OvsProviderIntegrationTest {
    private static final long COOKIE = 0x544d000000000007L;

    @Test
    void ovsConnectsToTheProviderAndHoldsWhatItWasSent() throws Exception {
        final var connected = new CompletableFuture<OfConnection>();
        final var provider = new OfSwitchConnectionProvider(SwitchConnectionConfig.builder()
            .bindAddress(InetAddress.getLoopbackAddress()).port(0).supportedVersions(OfVersion.OF13).build(),
            OpenFlowCodecs.standard(), new SwitchConnectionHandler() {
                @Override
                public boolean accept(final InetSocketAddress remote) {
                    return true;
                }

                @Override
                public void onSwitchConnected(final OfConnection connection) {
                    // announced on accept; usable once HELLO and FEATURES are done
                    connection.setSystemListener(new OfSystemListener() {
                        @Override
                        public void onHandshakeDone(final OfConnection ready) {
                            connected.complete(ready);
                        }
                    });
                }
            });
        final InetSocketAddress bound = provider.start().get(30, TimeUnit.SECONDS);
        try (var sandbox = OvsSandbox.start()) {
            sandbox.addBridge("br0", "tcp:127.0.0.1:" + bound.getPort(), "OpenFlow13");
            final var connection = connected.get(60, TimeUnit.SECONDS);
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

            final var groups = sandbox.ofctl("OpenFlow13", "dump-groups", "br0");
            assertTrue(groups.contains("group_id=7,type=all,bucket=actions=output:1,bucket=actions=output:2"),
                groups);
            final var meters = sandbox.ofctl("OpenFlow13", "dump-meters", "br0");
            assertTrue(meters.contains("meter=3 kbps bands=") && meters.contains("type=drop rate=1000"), meters);
            final var flows = sandbox.ofctl("OpenFlow13", "dump-flows", "br0").lines()
                .filter(line -> line.contains("cookie=")).toList();
            assertEquals(2, flows.size(), String.join("\n", flows));
            assertTrue(flows.stream().anyMatch(line -> line.contains("priority=100,in_port=3")
                && line.contains("actions=meter:3,group:7")), String.join("\n", flows));
            assertTrue(flows.stream().anyMatch(line -> line.contains("priority=200,in_port=4")
                && line.contains("actions=output:1")), String.join("\n", flows));
            assertTrue(flows.stream().allMatch(line -> line.contains("cookie=0x544d000000000007")),
                String.join("\n", flows));
            connection.close().get(30, TimeUnit.SECONDS);
        } finally {
            provider.stop().get(30, TimeUnit.SECONDS);
        }
    }
}
