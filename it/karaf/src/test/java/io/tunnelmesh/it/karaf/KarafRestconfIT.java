/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the TunnelMesh Karaf distribution (distribution/karaf: RESTCONF plus odl-tunnelmesh as boot features) and
 * drives it through RESTCONF with the default ODL credentials (AAA creates admin/admin on first start). Each test
 * writes its own objects, under names no other test uses.
 */
class KarafRestconfIT {
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration STATE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final String ROOT = "tunnelmesh:tunnelmesh";
    // Logged by io.tunnelmesh.tunnel.impl.TunnelMeshService once its commit cohort and allocator are registered
    private static final String SERVICE_STARTED = "TunnelMesh service started";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path workDir;

    private static KarafInstance karaf;
    private static RestconfClient restconf;
    private static Boolean serviceStarted;

    @BeforeAll
    static void bootKaraf() throws Exception {
        final var zip = Path.of(System.getProperty("tunnelmesh.karaf.zip"));
        final var logs = Path.of(System.getProperty("tunnelmesh.karaf.logs"));
        final var ports = KarafPorts.pickFree();
        karaf = KarafInstance.start(zip, workDir, logs, ports);
        restconf = new RestconfClient(ports.http(), "admin", "admin");
        // Up once RESTCONF knows our model: the empty container reads as 409 data-missing (RFC 8040 section 7.1)
        await("RESTCONF answer for " + ROOT, BOOT_TIMEOUT, () -> {
            try {
                final int status = restconf.get(ROOT).statusCode();
                return status == 200 || status == 409 ? Optional.of(status) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    @AfterAll
    static void stopKaraf() throws Exception {
        if (restconf != null) {
            restconf.close();
        }
        if (karaf != null) {
            karaf.close();
            assertFalse(karaf.isAlive(), "Karaf (pid " + karaf.pid() + ") or a child of it still runs after stop");
        }
    }

    @Test
    void requestWithoutCredentialsIsRefused() throws Exception {
        final var response = restconf.getAnonymously(ROOT);
        assertEquals(401, response.statusCode(), response::body);
    }

    @Test
    void intentIsStoredAndReadBack() throws Exception {
        assertCreated(restconf.put(ROOT + "/segment-range=tunnelmesh:vxlan,1000", """
            {"tunnelmesh:segment-range":[{"encapsulation":"tunnelmesh:vxlan","min":1000,"max":1999}]}"""));
        assertCreated(restconf.put(ROOT + "/node=n1", """
            {"tunnelmesh:node":[{"name":"n1","tunnel-ip":"192.0.2.1"}]}"""));
        assertCreated(restconf.put(ROOT + "/network=net-blue", """
            {"tunnelmesh:network":[{"name":"net-blue","encapsulation":"tunnelmesh:vxlan","segmentation-id":5001}]}"""));
        assertCreated(restconf.put(ROOT + "/network=net-blue/port=p1", """
            {"tunnelmesh:port":[{"name":"p1","node":"n1","interface":"tap-p1","mac-address":"02:00:00:00:00:01",
              "ip-address":["10.0.0.1"]}]}"""));

        final var range = readConfig(ROOT + "/segment-range=tunnelmesh:vxlan,1000", "tunnelmesh:segment-range");
        assertEquals("tunnelmesh:vxlan", range.path("encapsulation").asText());
        assertEquals(1000, range.path("min").asLong());
        assertEquals(1999, range.path("max").asLong());

        final var node = readConfig(ROOT + "/node=n1", "tunnelmesh:node");
        assertEquals("192.0.2.1", node.path("tunnel-ip").asText());

        final var network = readConfig(ROOT + "/network=net-blue", "tunnelmesh:network");
        assertEquals("tunnelmesh:vxlan", network.path("encapsulation").asText());
        assertEquals(5001, network.path("segmentation-id").asLong());
        final var port = network.path("port").path(0);
        assertEquals("p1", port.path("name").asText(), network::toString);
        assertEquals("n1", port.path("node").asText());
        assertEquals("tap-p1", port.path("interface").asText());
        assertEquals("02:00:00:00:00:01", port.path("mac-address").asText());
        assertEquals("10.0.0.1", port.path("ip-address").path(0).asText());
    }

    @Test
    void networkWithoutSegmentGetsOneFromItsEncapsulationsRange() throws Exception {
        awaitService();
        assertCreated(restconf.put(ROOT + "/segment-range=tunnelmesh:geneve,7000", """
            {"tunnelmesh:segment-range":[{"encapsulation":"tunnelmesh:geneve","min":7000,"max":7009}]}"""));
        assertCreated(restconf.put(ROOT + "/network=net-green", """
            {"tunnelmesh:network":[{"name":"net-green","encapsulation":"tunnelmesh:geneve"}]}"""));

        final long segment = await("segmentation-id in the state of net-green", STATE_TIMEOUT, () -> {
            final var response = restconf.get(ROOT + "/network=net-green?content=nonconfig");
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            final var id = JSON.readTree(response.body()).path("tunnelmesh:network").path(0)
                .path("state").path("segmentation-id");
            return id.isMissingNode() ? Optional.empty() : Optional.of(id.asLong());
        });
        assertTrue(segment >= 7000 && segment <= 7009, "allocated " + segment + ", not in the range 7000..7009");
    }

    @Test
    void segmentWiderThanVxlanIsRefused() throws Exception {
        awaitService();
        // VXLAN carries 24 bits: 16777215 is the largest VNI
        final var response = restconf.put(ROOT + "/network=net-too-wide", """
            {"tunnelmesh:network":[{"name":"net-too-wide","encapsulation":"tunnelmesh:vxlan",
              "segmentation-id":16777216}]}""");
        assertEquals(400, response.statusCode(), response::body);
        assertEquals(List.of("invalid-value"), errorTags(response), response::body);
        assertEquals(409, restconf.get(ROOT + "/network=net-too-wide?content=config").statusCode(),
            "the refused network must not be stored");
    }

    @Test
    void portOnUnknownNodeIsRefused() throws Exception {
        awaitService();
        assertCreated(restconf.put(ROOT + "/network=net-red", """
            {"tunnelmesh:network":[{"name":"net-red","encapsulation":"tunnelmesh:gre","segmentation-id":42}]}"""));
        final var response = restconf.put(ROOT + "/network=net-red/port=p-lost", """
            {"tunnelmesh:port":[{"name":"p-lost","node":"no-such-node","interface":"tap-lost",
              "mac-address":"02:00:00:00:00:09"}]}""");
        assertEquals(409, response.statusCode(), response::body);
        assertEquals(List.of("data-missing"), errorTags(response), response::body);
    }

    /**
     * Waits, once per Karaf, for the TunnelMesh service to be up; the tests that need it fail fast after that.
     */
    private static void awaitService() throws Exception {
        if (serviceStarted == null) {
            serviceStarted = poll("the TunnelMesh service", SERVICE_TIMEOUT,
                () -> karaf.logContains(SERVICE_STARTED) ? Optional.of(true) : Optional.empty()).isPresent();
        }
        assertTrue(serviceStarted, () -> "No \"" + SERVICE_STARTED + "\" in karaf.log within " + SERVICE_TIMEOUT
            + ": the DS component io.tunnelmesh.tunnel.impl.TunnelMeshService did not start (never activated: a"
            + " delayed component is activated only once something gets its service; or failed while activating);"
            + " see target/karaf-it/karaf.log");
    }

    private static void assertCreated(final HttpResponse<String> response) {
        assertEquals(201, response.statusCode(),
            () -> response.request().method() + " " + response.uri() + ": " + response.body());
    }

    /**
     * Reads one list entry from the configuration datastore.
     */
    private static JsonNode readConfig(final String path, final String list) throws Exception {
        final var response = restconf.get(path + "?content=config");
        assertEquals(200, response.statusCode(), response::body);
        final var entry = JSON.readTree(response.body()).path(list).path(0);
        assertFalse(entry.isMissingNode(), () -> "no " + list + " entry in " + response.body());
        return entry;
    }

    /**
     * The error-tag of each error in an RFC 8040 section 7.1 error report. RFC 7951 wants the top-level member
     * qualified, "ietf-restconf:errors"; ODL's JAX-RS endpoint writes "errors". Either is accepted.
     */
    private static List<String> errorTags(final HttpResponse<String> response) throws IOException {
        final var report = JSON.readTree(response.body());
        final var errors = report.has("ietf-restconf:errors") ? report.path("ietf-restconf:errors")
            : report.path("errors");
        final var tags = new ArrayList<String>();
        for (var error : errors.path("error")) {
            tags.add(error.path("error-tag").asText());
        }
        return tags;
    }

    /**
     * Polls until the probe has a result or the timeout passes; fails at once if Karaf ends.
     */
    private static <T> Optional<T> poll(final String what, final Duration timeout, final Probe<T> probe)
            throws Exception {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            final var result = probe.poll();
            if (result.isPresent() || System.nanoTime() - deadline > 0) {
                return result;
            }
            if (!karaf.isAlive()) {
                return fail("Karaf ended while waiting for " + what + "; its console said:\n" + karaf.consoleTail());
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    private static <T> T await(final String what, final Duration timeout, final Probe<T> probe) throws Exception {
        return poll(what, timeout, probe)
            .orElseGet(() -> fail("No " + what + " within " + timeout + "; see target/karaf-it/karaf.log"));
    }

    @FunctionalInterface
    private interface Probe<T> {
        Optional<T> poll() throws Exception;
    }
}
