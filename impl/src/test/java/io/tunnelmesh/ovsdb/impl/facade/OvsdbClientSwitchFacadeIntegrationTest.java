/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec;
import io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.replica.OvsdbReplica;
import io.tunnelmesh.ovsdb.impl.session.OvsdbResumableMonitor;
import io.tunnelmesh.tunnel.api.Encapsulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade against a real {@code ovsdb-server} and {@code ovs-vswitchd} with userspace tunnel ports (a sandbox of
 * its own, {@link OvsSandbox#startWithTunnels()}): bridges and flow-based tunnel ports are created, realised (an
 * {@code ofport} assigned, no {@code error}), left alone when ensured again, and removed; 1,000 ports in one
 * transaction, timed until {@code ovs-vswitchd} has realised them all.
 */
@ExtendWith(NettyLeakDetection.class)
class OvsdbClientSwitchFacadeIntegrationTest {
    private static final Logger LOG = LoggerFactory.getLogger(OvsdbClientSwitchFacadeIntegrationTest.class);
    private static final long WAIT_SECONDS = 60;
    private static final String LOCAL_IP = "192.0.2.1";
    private static EventLoopGroup group;

    private OvsSandbox sandbox;
    private OvsdbClient client;
    private OvsdbDatabaseSchema schema;
    private OvsdbClientSwitchFacade facade;
    private final OvsdbReplica replica = new OvsdbReplica(List.of(
        OvsdbMonitorRequest.of("Interface", "name", "ofport", "error"),
        OvsdbMonitorRequest.of("Bridge", "name", "datapath_id")));
    private final BlockingQueue<Object> changes = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startEventLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = OvsSandbox.startWithTunnels();
        client = new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 64 << 20))
            .connect(sandbox.dbTcpAddress()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        schema = await(client.getSchema("Open_vSwitch"));
        facade = new OvsdbClientSwitchFacade(client, schema);
        replica.addListener(changes::add);
        await(new OvsdbResumableMonitor(replica).start(client, schema));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private static <T> T await(final CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static OvsdbBridgeSpec bridge(final String name) {
        return new OvsdbBridgeSpec(name, "dummy", List.of("OpenFlow13"), List.of("tcp:127.0.0.1:1"),
            Map.of("disable-in-band", "true"), Optional.of("00000000000000a1"));
    }

    @Test
    void ensuresABridgeAndFlowBasedTunnelPortsOnceAndRemovesThem() throws Exception {
        final var info = await(facade.switchInfo());
        assertTrue(info.interfaceTypes().containsAll(Set.of("vxlan", "geneve", "gre")), info.toString());
        assertTrue(info.datapathTypes().contains("dummy"), info.toString());

        assertTrue(await(facade.ensureBridge(bridge("br-tm"))));
        assertFalse(await(facade.ensureBridge(bridge("br-tm"))), "ensured again: no transaction");
        assertEquals(Optional.of("00000000000000a1"), awaitReplica("the requested datapath ID",
            r -> r.table("Bridge").values().stream().anyMatch(row -> row.get("datapath_id").orElseThrow()
                .equals(OvsdbSet.of(OvsdbAtom.of("00000000000000a1")))),
            () -> await(facade.datapathId("br-tm"))));
        assertTrue(await(facade.ensureBridge(new OvsdbBridgeSpec("br-tm", "dummy", List.of("OpenFlow13",
            "OpenFlow15"), List.of("tcp:127.0.0.1:2"), Map.of(), Optional.empty()))), "protocols and controller");
        assertEquals(Set.of("OpenFlow13", "OpenFlow15"), Set.of(sandbox.vsctl("get", "bridge", "br-tm",
            "protocols").replaceAll("[\\[\\]\"\\s]", "").split(",")));

        final var ports = new ArrayList<OvsdbTunnelPortSpec>();
        for (var encapsulation : List.of(Encapsulation.VXLAN, Encapsulation.GENEVE, Encapsulation.GRE)) {
            ports.add(OvsdbTunnelPortSpec.flowBased("br-tm", encapsulation, LOCAL_IP));
        }
        assertTrue(await(facade.ensureTunnelPorts(ports)));
        awaitRealised(List.of("tm-vxlan", "tm-geneve", "tm-gre"));
        assertFalse(await(facade.ensureTunnelPorts(ports)), "ensured again: no transaction");
        final var states = await(facade.interfaces());
        for (var name : List.of("tm-vxlan", "tm-geneve", "tm-gre")) {
            assertTrue(states.get(name).isRealised(), states.get(name).toString());
        }
        assertEquals("{key=flow, local_ip=\"192.0.2.1\", remote_ip=flow}",
            sandbox.vsctl("get", "interface", "tm-geneve", "options").strip());

        // a changed local IP is an update of the interface, not a new port
        assertTrue(await(facade.ensureTunnelPorts(List.of(OvsdbTunnelPortSpec.flowBased("br-tm",
            Encapsulation.GENEVE, "192.0.2.2")))));
        assertEquals("\"192.0.2.2\"", sandbox.vsctl("get", "interface", "tm-geneve", "options:local_ip").strip());

        assertTrue(await(facade.removeTunnelPort("br-tm", "tm-gre")));
        assertFalse(await(facade.removeTunnelPort("br-tm", "tm-gre")));
        awaitReplica("tm-gre gone", r -> r.table("Interface").values().stream()
            .noneMatch(row -> row.get("name").orElseThrow().equals(OvsdbAtom.of("tm-gre"))), () -> true);
    }

    @Test
    void createsAThousandTunnelPortsInOneTransaction() throws Exception {
        assertTrue(await(facade.ensureBridge(bridge("br-scale"))));
        final var ports = new ArrayList<OvsdbTunnelPortSpec>();
        final var names = new ArrayList<String>();
        for (int i = 0; i < 1_000; i++) {
            final var name = "tv" + i;
            ports.add(OvsdbTunnelPortSpec.toPeer("br-scale", name, Encapsulation.VXLAN, LOCAL_IP,
                "10.0." + (i / 250) + "." + (i % 250 + 1)));
            names.add(name);
        }
        final long begin = System.nanoTime();
        assertTrue(await(facade.ensureTunnelPorts(ports)));
        final long committed = System.nanoTime();
        awaitRealised(names);
        final long realised = System.nanoTime();
        LOG.info("1,000 tunnel ports: committed after {} ms, all realised (ofport assigned) after {} ms",
            TimeUnit.NANOSECONDS.toMillis(committed - begin), TimeUnit.NANOSECONDS.toMillis(realised - begin));
        assertFalse(await(facade.ensureTunnelPorts(ports)), "ensured again: no transaction");

        final long oneBegin = System.nanoTime();
        assertTrue(await(facade.ensureTunnelPorts(List.of(OvsdbTunnelPortSpec.toPeer("br-scale", "tv1000",
            Encapsulation.VXLAN, LOCAL_IP, "10.0.9.1")))));
        awaitRealised(List.of("tv1000"));
        LOG.info("one more port on a bridge with 1,000: realised after {} ms", String.format(Locale.ROOT, "%.1f",
            (System.nanoTime() - oneBegin) / 1e6));

        final int rounds = 500;
        final long rttBegin = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            final var result = await(client.transact(schema, List.of(new OvsdbMutate("Bridge",
                List.of(OvsdbCondition.nameIs("br-scale")), List.of(OvsdbMutation.insert("external_ids",
                    OvsdbMap.ofStrings(Map.of("tm-round-" + i, "x"))))))));
            assertTrue(result.isSuccess(), result.toString());
        }
        LOG.info("sequential transaction round trip: {} ms (mean of {})", String.format(Locale.ROOT, "%.3f",
            (System.nanoTime() - rttBegin) / 1e6 / rounds), rounds);
    }

    private void awaitRealised(final List<String> names) throws Exception {
        final var wanted = Set.copyOf(names);
        awaitReplica(names.size() + " interfaces realised", r -> {
            int realised = 0;
            for (OvsdbRow row : r.table("Interface").values()) {
                if (row.get("name").orElseThrow() instanceof OvsdbString name
                        && wanted.contains(name.value()) && OvsdbRowValues.integer(row, "ofport").orElse(0) > 0
                        && OvsdbRowValues.string(row, "error").isEmpty()) {
                    realised++;
                }
            }
            return realised == wanted.size();
        }, () -> true);
    }

    /** Waits, change by change and up to a deadline, until the replica meets the condition; then reads the value. */
    private <T> T awaitReplica(final String what, final Predicate<OvsdbReplica> condition,
            final ThrowingSupplier<T> value) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.test(replica)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what + "; see "
                    + sandbox.directory());
            }
            changes.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        return value.get();
    }

    /** A value that may take a round trip to read. */
    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
