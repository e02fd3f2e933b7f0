/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone controller end to end, as the README walks through it: intent in through RESTCONF, validation
 * errors out, state read back, persistence across a restart, authentication, a switch's OpenFlow handshake, and a
 * clean stop on SIGTERM.
 */
class StandaloneControllerTest {
    private static final String PASSWORD = "s3cret:with-colon";
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration STOP = Duration.ofSeconds(5);
    private static final String ROOT = "tunnelmesh:tunnelmesh";
    private static final int MAX_BODY = 256 * 1024;

    // kept when a test fails: the controller's log is in it
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void intentIsValidatedStoredAllocatedAndSurvivesRestart() throws Exception {
        final String allocated;
        try (var controller = ControllerProcess.start(dataDir, Map.of("TUNNELMESH_ADMIN_PASSWORD", PASSWORD))) {
            controller.awaitReady(START);
            final var restconf = new Restconf(controller.restconfPort(), "admin", PASSWORD);

            assertCreated(restconf.put(ROOT + "/segment-range=tunnelmesh:vxlan,5000", """
                {"tunnelmesh:segment-range":[{"encapsulation":"tunnelmesh:vxlan","min":5000,"max":5999}]}"""));
            assertCreated(restconf.put(ROOT + "/node=compute-1", """
                {"tunnelmesh:node":[{"name":"compute-1","tunnel-ip":"192.0.2.11",
                  "ovsdb-address":"tcp:127.0.0.1:9","transport-zone":["zone-a"]}]}"""));
            assertCreated(restconf.put(ROOT + "/node=compute-2", """
                {"tunnelmesh:node":[{"name":"compute-2","tunnel-ip":"2001:db8::12"}]}"""));
            assertCreated(restconf.put(ROOT + "/network=blue", """
                {"tunnelmesh:network":[{"name":"blue"}]}"""));
            assertCreated(restconf.put(ROOT + "/network=net-stt", """
                {"tunnelmesh:network":[{"name":"net-stt","encapsulation":"tunnelmesh:stt",
                  "segmentation-id":1012}]}"""));
            assertCreated(restconf.put(ROOT + "/network=blue/port=vm-1", """
                {"tunnelmesh:port":[{"name":"vm-1","node":"compute-1","interface":"tap-vm1",
                  "mac-address":"02:00:00:00:00:01","ip-address":["10.0.0.1"]}]}"""));

            final var node = restconf.get(ROOT + "/node=compute-1");
            assertEquals(200, node.status());
            assertEquals("192.0.2.11", node.body().path("tunnelmesh:node").path(0).path("tunnel-ip").asText());
            final var port = restconf.get(ROOT + "/network=blue/port=vm-1");
            assertEquals(200, port.status());
            assertEquals("02:00:00:00:00:01", port.body().path("tunnelmesh:port").path(0).path("mac-address")
                .asText());

            allocated = awaitSegment(restconf, "blue");
            assertEquals("5000", allocated, "the lowest ID of the vxlan range");
            assertEquals("1012", awaitSegment(restconf, "net-stt"), "an explicit ID is used as configured");

            // every kind of invalid intent is refused with a 4xx and an error-tag, and changes nothing
            assertRefused(restconf.put(ROOT + "/node=compute-3", """
                {"tunnelmesh:node":[{"name":"compute-3","tunnel-ip":"2001:DB8:0::12"}]}"""),
                409, "data-exists", "tunnel-ip");
            assertRefused(restconf.put(ROOT + "/network=red", """
                {"tunnelmesh:network":[{"name":"red","segmentation-id":16777216}]}"""),
                400, "invalid-value", "24-bit");
            assertRefused(restconf.put(ROOT + "/network=green", """
                {"tunnelmesh:network":[{"name":"green","encapsulation":"tunnelmesh:stt",
                  "segmentation-id":1012}]}"""),
                409, "data-exists", "net-stt");
            assertRefused(restconf.put(ROOT + "/network=blue/port=vm-2", """
                {"tunnelmesh:port":[{"name":"vm-2","node":"compute-9","interface":"tap-vm2",
                  "mac-address":"02:00:00:00:00:02"}]}"""),
                409, "data-missing", "compute-9");
            assertRefused(restconf.put(ROOT + "/segment-range=tunnelmesh:vxlan,5500", """
                {"tunnelmesh:segment-range":[{"encapsulation":"tunnelmesh:vxlan","min":5500,"max":6500}]}"""),
                400, "invalid-value", "overlaps");
            // Deleting a node that ports still use is refused too. ODL's RESTCONF server (netconf 10.0.2) reports
            // every failed DELETE as 500 operation-failed, dropping the validator's error-tag and message.
            final var delete = restconf.delete(ROOT + "/node=compute-1");
            assertEquals(500, delete.status(), delete.body().toString());
            assertEquals(200, restconf.get(ROOT + "/node=compute-1").status(), "the node is still there");
            assertRefused(restconf.put(ROOT + "/network=red", """
                {"tunnelmesh:network":[{"name":"red","segmentation-id":5000}]}"""),
                409, "data-exists", "allocated to vxlan network blue");
            assertEquals(409, restconf.get(ROOT + "/network=red").status(), "a refused network is not stored");

            // segments never move under traffic: deleting the range leaves blue's allocation alone
            assertEquals(204, restconf.delete(ROOT + "/segment-range=tunnelmesh:vxlan,5000").status());
            assertCreated(restconf.put(ROOT + "/segment-range=tunnelmesh:vxlan,7000", """
                {"tunnelmesh:segment-range":[{"encapsulation":"tunnelmesh:vxlan","min":7000,"max":7999}]}"""));
            assertCreated(restconf.put(ROOT + "/network=green", """
                {"tunnelmesh:network":[{"name":"green"}]}"""));
            assertEquals("7000", awaitSegment(restconf, "green"));
            assertEquals("5000", awaitSegment(restconf, "blue"));

            // the allocator owns the allocations: an entry for a network that does not exist is removed
            assertCreated(restconf.put("tunnelmesh-allocation:segment-allocations/allocation=ghost", """
                {"tunnelmesh-allocation:allocation":[{"network":"ghost","encapsulation":"tunnelmesh:vxlan",
                  "segmentation-id":7001}]}"""));
            awaitStatus(restconf, "tunnelmesh-allocation:segment-allocations/allocation=ghost", 409);

            // authentication
            assertEquals(401, new Restconf(controller.restconfPort(), null, null).get(ROOT).status());
            assertEquals(401, new Restconf(controller.restconfPort(), "admin", "wrong").get(ROOT).status());
            assertEquals(401, new Restconf(controller.restconfPort(), "root", PASSWORD).get(ROOT).status());

            // SIGTERM stops it cleanly and quickly
            final long stopping = System.nanoTime();
            controller.terminate();
            controller.awaitExit(STOP);
            final var stopSeconds = (System.nanoTime() - stopping) / 1e9;
            assertTrue(controller.console().contains("TunnelMesh stopped in"), controller.console());
            assertTrue(stopSeconds < STOP.toSeconds(), "stopped in " + stopSeconds + " s");
        }

        try (var controller = ControllerProcess.start(dataDir, Map.of("TUNNELMESH_ADMIN_PASSWORD", PASSWORD,
                "TUNNELMESH_RESTCONF_MAX_BODY", Integer.toString(MAX_BODY)))) {
            controller.awaitReady(START);
            final var restconf = new Restconf(controller.restconfPort(), "admin", PASSWORD);
            final var all = restconf.get(ROOT);
            assertEquals(200, all.status());
            assertEquals(2, all.body().path(ROOT).path("node").size(), all.body().toString());
            assertEquals(3, all.body().path(ROOT).path("network").size(), all.body().toString());
            assertEquals(allocated, awaitSegment(restconf, "blue"), "the allocation survives the restart");

            // a network of 1,000 ports is one PUT (ODL's RESTCONF alone refuses bodies over 16 KiB)
            final var bulk = networkWithPorts("bulk", 1_000);
            assertTrue(bulk.length() > 6 * 16_384 && bulk.length() < MAX_BODY, "body of " + bulk.length() + " bytes");
            assertCreated(restconf.put(ROOT + "/network=bulk", bulk));
            assertEquals(1_000, restconf.get(ROOT + "/network=bulk").body().path("tunnelmesh:network").path(0)
                .path("port").size());
            // one over the limit is refused whole, with RFC 8040's error-tag for it, and stores nothing
            final var huge = networkWithPorts("huge", 3_000);
            assertTrue(huge.length() > MAX_BODY, "body of " + huge.length() + " bytes");
            assertRefused(restconf.put(ROOT + "/network=huge", huge), 413, "too-big", MAX_BODY + " bytes");
            assertEquals(409, restconf.get(ROOT + "/network=huge").status(), "a refused network is not stored");
            assertEquals(200, restconf.get(ROOT + "/network=bulk").status(), "the server still answers");
            controller.terminate();
            controller.awaitExit(STOP);
        }
    }

    @Test
    void firstStartWithoutPasswordGeneratesOneForTheOwnerOnly() throws Exception {
        try (var controller = ControllerProcess.start(dataDir, Map.of())) {
            controller.awaitReady(START);
            final var file = dataDir.resolve("admin-password");
            assertTrue(controller.console().contains(file.toString()), controller.console());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            final var password = Files.readString(file, StandardCharsets.UTF_8).strip();
            assertTrue(password.length() >= 20, "a long random password");
            assertCreated(new Restconf(controller.restconfPort(), "admin", password).put(ROOT + "/node=n1", """
                {"tunnelmesh:node":[{"name":"n1","tunnel-ip":"192.0.2.1"}]}"""));
            assertEquals(401, new Restconf(controller.restconfPort(), "admin", "admin").get(ROOT).status());

            // switches connect to its OpenFlow port and complete the handshake
            OpenFlowProbe.assertHandshakes(controller.openflowPort(), 0x00005e0000000001L);
            awaitConsole(controller, "OpenFlow switch 00005e0000000001 connected from /127.0.0.1");

            // a second controller on the same data directory is refused before it touches the datastore
            try (var second = ControllerProcess.start(dataDir, Map.of())) {
                assertNotEquals(0, second.awaitExit(Duration.ofSeconds(30)));
                assertTrue(second.console().contains("another TunnelMesh controller is running"), second.console());
            }
            controller.terminate();
            controller.awaitExit(STOP);
        }
    }

    /** A network with ports on compute-1, as one RESTCONF body. */
    private static String networkWithPorts(final String name, final int ports) {
        final var json = new StringBuilder("{\"tunnelmesh:network\":[{\"name\":\"").append(name)
            .append("\",\"port\":[");
        for (int i = 0; i < ports; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                {"name":"%s-%d","node":"compute-1","interface":"tap-%s-%d","mac-address":"02:00:00:%02x:%02x:%02x"}""",
                name, i, name, i, name.length(), i >> 8, i & 0xff));
        }
        return json.append("]}]}").toString();
    }

    private static void assertCreated(final Restconf.Reply reply) {
        assertEquals(201, reply.status(), reply.body().toString());
    }

    private static void assertRefused(final Restconf.Reply reply, final int status, final String tag,
            final String inMessage) {
        assertEquals(status, reply.status(), reply.body().toString());
        assertEquals(tag, reply.errorTag(), reply.body().toString());
        assertTrue(reply.errorMessage().contains(inMessage), reply.errorMessage());
    }

    /** Waits up to ten seconds for the console to show a text. */
    private static void awaitConsole(final ControllerProcess controller, final String text)
            throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!controller.console().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + text + "\" on the console:\n" + controller.console());
            }
            Thread.sleep(50);
        }
    }

    /** Polls a resource until it answers the status, for at most ten seconds. */
    private static void awaitStatus(final Restconf restconf, final String path, final int status)
            throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Restconf.Reply last = null;
        while (System.nanoTime() < deadline) {
            last = restconf.get(path);
            if (last.status() == status) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not answer " + status + ": " + last);
    }

    /** Polls the network's operational state until it shows a segment ID, for at most ten seconds. */
    private static String awaitSegment(final Restconf restconf, final String network)
            throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            final var reply = restconf.get(ROOT + "/network=" + network + "/state?content=nonconfig");
            last = reply.body();
            final var id = last.path("tunnelmesh:state").path("segmentation-id");
            if (reply.status() == 200 && !id.isMissingNode()) {
                return id.asText();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no segmentation-id in the state of network " + network + ": " + last);
    }
}
