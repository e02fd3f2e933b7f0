/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ovs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMeterBandDrop;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfig;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStats;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Multipart requests (OpenFlow 1.3.5 section 7.3.5) through {@link OfConnection#multipartRequest} against a real
 * {@code ovs-vswitchd}: every reply is checked against what the switch was given or what {@code ovs-ofctl} and
 * {@code ovs-vsctl} report, and a flow table large enough that Open vSwitch splits the FLOW reply into several parts
 * ({@code OFPMPF_REPLY_MORE}) is assembled whole.
 */
@ExtendWith(OvsSandboxExtension.class)
class OvsMultipartIntegrationTest {
    private static final String BRIDGE = "br-mp";
    private static final String DP_DESC = "TunnelMesh multipart test";
    private static final long COOKIE_PREFIX = 0x544d000000000000L;
    private static final long COOKIE_MASK = 0xffff000000000000L;
    /** Flow stats entries of about 100 bytes: Open vSwitch needs at least three parts of at most 64 KiB. */
    private static final int FLOWS = 1500;
    private static final int GROUP = 9;
    private static final int METER = 4;

    @Test
    void multipartRepliesCarryWhatTheSwitchHolds(final OvsSandbox sandbox) throws Exception {
        try (var controller = ControllerEndpoint.listening(SwitchConnectionConfig.builder()
                .bindAddress(InetAddress.getLoopbackAddress()).port(0).supportedVersions(OfVersion.OF13).build())) {
            sandbox.addBridge(BRIDGE, "tcp:127.0.0.1:" + controller.port(), "OpenFlow13");
            final var connection = controller.awaitSwitch(sandbox);
            for (int port = 1; port <= 2; port++) {
                sandbox.vsctl("add-port", BRIDGE, "mp" + port, "--", "set", "interface", "mp" + port, "type=dummy",
                    "ofport_request=" + port);
            }
            sandbox.vsctl("set", "bridge", BRIDGE, "other-config:dp-desc=\"" + DP_DESC + "\"");

            checkDesc(sandbox, connection);
            checkPortDesc(sandbox, connection);
            checkGroupDesc(connection);
            checkMeterConfig(connection);
            final var installed = installFlows(connection);
            checkFlowStats(connection, installed);
            checkAggregate(connection);
            checkTableStats(connection);
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    private static void checkDesc(final OvsSandbox sandbox, final OfConnection connection) throws Exception {
        final var desc = single(connection, OfMultipartRequest.desc(connection.nextXid()), OfDescReply.class);
        assertEquals(DP_DESC, desc.datapath());
        final var ofctl = sandbox.ofctl("OpenFlow13", "dump-desc", BRIDGE);
        for (var line : List.of("Manufacturer: " + desc.manufacturer(), "Hardware: " + desc.hardware(),
                "Software: " + desc.software(), "Serial Num: " + desc.serialNumber(), "DP Description: " + DP_DESC)) {
            assertTrue(ofctl.lines().anyMatch(line::equals), () -> line + " not in\n" + ofctl);
        }
    }

    private static void checkPortDesc(final OvsSandbox sandbox, final OfConnection connection) throws Exception {
        final List<OfPortDesc> ports = all(connection, OfMultipartRequest.portDesc(connection.nextXid()),
            OfPortDescReply.class).stream().flatMap(reply -> reply.ports().stream()).toList();
        final Map<String, Integer> numbers = ports.stream()
            .collect(Collectors.toMap(OfPortDesc::name, OfPortDesc::portNo));
        assertEquals(Map.of(BRIDGE, OfActionOutput.LOCAL, "mp1", 1, "mp2", 2), numbers);
        for (var port : ports) {
            final var mac = sandbox.vsctl("get", "interface", port.name(), "mac_in_use").strip().replace("\"", "");
            assertEquals(MacAddress.of(mac), port.hwAddress(), port.name());
        }
    }

    private static void checkGroupDesc(final OfConnection connection) throws Exception {
        connection.send(OfGroupMod.add(GROUP, OfGroupType.SELECT, OfBucket.weighted(3, OfActionOutput.to(1)),
            OfBucket.weighted(5, OfActionOutput.to(2))).withXid(connection.nextXid()));
        final var groups = single(connection, OfMultipartRequest.groupDesc(connection.nextXid()),
            OfGroupDescReply.class).groups();
        // what a group mod carries is what the description holds: one bucket model for both
        assertEquals(List.of(new OfGroupDesc(OfGroupType.SELECT, GROUP, List.of(OfBucket.weighted(3,
            OfActionOutput.to(1)), OfBucket.weighted(5, OfActionOutput.to(2))))), groups);
    }

    private static void checkMeterConfig(final OfConnection connection) throws Exception {
        connection.send(OfMeterMod.builder(METER).xid(connection.nextXid()).pktps().burst().stats()
            .drop(2000, 300).build());
        final var meters = single(connection, OfMultipartRequest.meterConfig(connection.nextXid(),
            OfMeterConfigRequest.ALL), OfMeterConfigReply.class).meters();
        assertEquals(List.of(new OfMeterConfig(OfMeterMod.PKTPS | OfMeterMod.BURST | OfMeterMod.STATS, METER,
            List.of(new OfMeterBandDrop(2000, 300)))), meters);
    }

    /**
     * Installs {@link #FLOWS} flows, each with its own cookie and IPv4 destination, waiting for the writes in batches
     * (the outbound queue is bounded) and for a barrier at the end.
     */
    private static Map<Long, OfFlowMod> installFlows(final OfConnection connection) throws Exception {
        final var installed = new HashMap<Long, OfFlowMod>();
        final var pending = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < FLOWS; i++) {
            final var flow = OfFlowMod.builder().xid(connection.nextXid()).cookie(COOKIE_PREFIX | i)
                .priority(1000 + i % 7).match(OfMatch.builder().ethType(0x0800)
                    .ipv4Dst((Inet4Address) InetAddress.getByAddress(new byte[] {10, 1, (byte) (i >> 8), (byte) i}))
                    .build())
                .applyActions(OfActionOutput.to(1 + i % 2)).build();
            installed.put(flow.cookie(), flow);
            pending.add(connection.send(flow));
            if (pending.size() == 256) {
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
                pending.clear();
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        connection.barrier().get(30, TimeUnit.SECONDS);
        return installed;
    }

    private static void checkFlowStats(final OfConnection connection, final Map<Long, OfFlowMod> installed)
            throws Exception {
        final var parts = connection.multipartRequest(OfMultipartRequest.flowStats(connection.nextXid(),
            OfFlowStatsRequest.ALL_TABLES, COOKIE_PREFIX, COOKIE_MASK, OfMatch.ALL), OfMultipartReply.class)
            .get(30, TimeUnit.SECONDS);
        assertTrue(parts.size() >= 3, () -> parts.size() + " parts");
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(i < parts.size() - 1, parts.get(i).more(), "REPLY_MORE on every part but the last");
        }
        final var flows = parts.stream().flatMap(part -> assertInstanceOf(OfFlowStatsReply.class, part.body())
            .flows().stream()).toList();
        assertEquals(FLOWS, flows.size());
        final var seen = new HashMap<Long, OfFlowStats>();
        for (var flow : flows) {
            final var sent = installed.get(flow.cookie());
            assertTrue(sent != null, () -> "a flow we did not install: " + flow);
            assertFalse(seen.containsKey(flow.cookie()), () -> "twice: " + flow);
            seen.put(flow.cookie(), flow);
            assertEquals(0, flow.tableId());
            assertEquals(sent.priority(), flow.priority());
            assertEquals(sent.match(), flow.match());
            assertEquals(sent.instructions(), flow.instructions());
            assertEquals(List.of(0L, 0L), List.of(flow.packetCount(), flow.byteCount()));
        }
    }

    private static void checkAggregate(final OfConnection connection) throws Exception {
        final var aggregate = single(connection, OfMultipartRequest.aggregateStats(connection.nextXid(),
            OfFlowStatsRequest.ALL_TABLES, COOKIE_PREFIX, COOKIE_MASK, OfMatch.ALL), OfAggregateStatsReply.class);
        assertEquals(new OfAggregateStatsReply(0, 0, FLOWS), aggregate);
    }

    private static void checkTableStats(final OfConnection connection) throws Exception {
        final List<OfTableStats> tables = all(connection, OfMultipartRequest.tableStats(connection.nextXid()),
            OfTableStatsReply.class).stream().flatMap(reply -> reply.tables().stream()).toList();
        assertEquals(254, tables.size(), "Open vSwitch reports tables 0 to 253 to OpenFlow 1.3");
        for (int i = 0; i < tables.size(); i++) {
            assertEquals(i, tables.get(i).tableId());
            assertEquals(i == 0 ? FLOWS : 0, tables.get(i).activeCount(), "active flows in table " + i);
        }
    }

    private static <T extends OfMultipartReplyBody> T single(final OfConnection connection,
            final OfMultipartRequest request, final Class<T> body) throws Exception {
        final var replies = all(connection, request, body);
        assertEquals(1, replies.size(), () -> "one part: " + replies);
        return replies.get(0);
    }

    private static <T extends OfMultipartReplyBody> List<T> all(final OfConnection connection,
            final OfMultipartRequest request, final Class<T> body) throws Exception {
        return connection.multipartRequest(request, OfMultipartReply.class).get(30, TimeUnit.SECONDS).stream()
            .map(part -> assertInstanceOf(body, part.body())).toList();
    }
}
