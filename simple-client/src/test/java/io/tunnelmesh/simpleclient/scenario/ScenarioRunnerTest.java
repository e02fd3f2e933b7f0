/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenarios played over TCP against real peers: as a controller against an emulated switch ({@link SwitchFleet}),
 * as a switch against the library's {@code OfSwitchConnectionProvider}; the shipped examples pass, and failing
 * scenarios report exactly the step that failed, what it expected and what came.
 */
@ExtendWith(NettyLeakDetection.class)
class ScenarioRunnerTest {
    private static final long DPID = 0x77;
    private static final InetSocketAddress ANY_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final List<String> passed = new ArrayList<>();
    private final ScenarioRunner runner = new ScenarioRunner(OpenFlowCodecs.standard(),
        (number, step, elapsed) -> passed.add(number + " " + step.text()), Duration.ofSeconds(10));
    private SwitchFleet fleet;

    @AfterEach
    void stop() throws Exception {
        if (fleet != null) {
            fleet.stop().get(10, TimeUnit.SECONDS);
        }
    }

    /** Plays a controller scenario against one emulated switch that dials it. */
    private ScenarioResult againstASwitch(final Scenario scenario) throws Exception {
        try (var peer = ScenarioPeer.open(new ScenarioEndpoint.Listen(ANY_PORT))) {
            fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).controller(peer.localAddress())
                .threads(1).build());
            return runner.run(scenario, peer);
        }
    }

    private ScenarioResult againstAController(final Scenario scenario, final BarrierController controller)
            throws Exception {
        try (var peer = ScenarioPeer.open(new ScenarioEndpoint.Dial(controller.address()))) {
            return runner.run(scenario, peer);
        }
    }

    @Test
    void playsTheControllerExampleAgainstAnEmulatedSwitch() throws Exception {
        final var scenario = ScenarioFile.read(ScenarioFileTest.EXAMPLES.resolve("controller-flow-and-errors"
            + ".scenario"));
        final var result = againstASwitch(scenario);
        assertTrue(result.passed(), result.report());
        assertEquals(scenario.steps().size(), passed.size());
        assertEquals(1, fleet.bySwitchNumber(1).query(SwitchState::flowCount).get(5, TimeUnit.SECONDS),
            "the flow-mod the scenario sent is in the switch's table");
    }

    @Test
    void playsAJavaScenarioAgainstAnEmulatedSwitch() throws Exception {
        final var flow = OfFlowMod.builder().xid(100).priority(7).match(OfMatch.builder().inPort(3).build())
            .applyActions(new OfActionOutput(4, 0)).build();
        final var scenario = Scenario.asController("java").answerEchoes().handshake()
            .send(flow)
            .send(OfBarrierRequest.of(101)).as("barrier")
            .expect(MessagePredicate.type(OfBarrierReply.class).and(MessagePredicate.sameXidAs("barrier")))
            .sendHex("04 14 00 0c 00 00 00 09 de ad be ef").as("long")
            .expectWithin(Duration.ofSeconds(2), MessagePredicate.error(OfErrorCode.OFPBRC_BAD_LEN)
                .and(MessagePredicate.sameXidAs("long")).and(MessagePredicate.json("data", "$long.raw")))
            .expectNothing(Duration.ofMillis(100))
            // a length below 8: nothing after it can be framed, and the switch closes the connection
            .sendHex("04 00 00 04 00 00 00 0b")
            .expectDisconnect(Duration.ofSeconds(2))
            .build();
        final var result = againstASwitch(scenario);
        assertTrue(result.passed(), result.report());
        assertEquals(List.of("1 send hello versions=1.3", "2 expect hello with a version in common with [OF1.3]",
            "3 send features_request", "4 expect features_reply xid=$3", "5 send OfFlowMod xid=100",
            "6 send OfBarrierRequest xid=101 as barrier", "7 expect OfBarrierReply xid=$barrier",
            "8 send hex 0414000c00000009deadbeef as long",
            "9 expect-within 2s error OFPET_BAD_REQUEST/OFPBRC_BAD_LEN xid=$long data=$long.raw",
            "10 expect-nothing 100ms",
            "11 send hex 040000040000000b", "12 expect-disconnect 2s"), passed);
        assertEquals(1, fleet.bySwitchNumber(1).query(SwitchState::flowCount).get(5, TimeUnit.SECONDS));
    }

    @Test
    void reportsTheExactFailingStep() throws Exception {
        final var scenario = ScenarioFile.parse("failing.scenario", """
            name features
            role controller

            expect hello
            send hello versions=1.3
            send features_request as features
            # an emulated switch has 254 tables
            expect features_reply xid=$features n_tables=10
            send barrier_request
            """);
        final var failed = assertInstanceOf(ScenarioResult.Failed.class, againstASwitch(scenario));
        assertEquals(4, failed.step());
        assertEquals("failing.scenario:8", failed.source());
        assertEquals("expect features_reply xid=$features n_tables=10", failed.stepText());
        assertEquals("features_reply xid=$features n_tables=10 as the next message, within 5s", failed.expected());
        assertEquals("n_tables is 254, not 10", failed.actual());
        assertEquals(2, failed.received().size(), failed.received().toString());
        assertTrue(failed.received().get(0).startsWith("{\"version\":\"1.3\",\"type\":\"OFPT_HELLO\""));
        assertTrue(failed.received().get(1).startsWith("{\"version\":\"1.3\",\"type\":\"OFPT_FEATURES_REPLY\","
            + "\"xid\":2,\"datapath_id\":119,"), failed.received().get(1));
        assertEquals(List.of("1 expect hello", "2 send hello versions=1.3", "3 send features_request as features"),
            passed, "the steps before it passed, none after it played");
        final var report = failed.report();
        assertTrue(report.startsWith("""
            FAILED features: step 4 (failing.scenario:8): expect features_reply xid=$features n_tables=10
              expected: features_reply xid=$features n_tables=10 as the next message, within 5s
              actual:   n_tables is 254, not 10
              received (last 2, oldest first):
                {"version":"1.3","type":"OFPT_HELLO\""""), report);
        assertTrue(report.matches("(?s).*\n  after \\d+\\.\\d{3} s\n"), report);
    }

    @Test
    void reportsWhatAnExpectWithinSkippedAndAStrictExpectsTimeout() throws Exception {
        final var scenario = Scenario.asController("skipping").answerEchoes().handshake()
            .send(OfEchoRequest.of(50))
            .expectWithin(Duration.ofMillis(300), MessagePredicate.type("barrier_reply"))
            .build();
        final var failed = assertInstanceOf(ScenarioResult.Failed.class, againstASwitch(scenario));
        assertEquals(6, failed.step());
        assertEquals("barrier_reply within 300ms, others skipped", failed.expected());
        assertEquals("no match within 300ms; skipped 1 message, the first because type is OFPT_ECHO_REPLY, not "
            + "OFPT_BARRIER_REPLY", failed.actual());
        assertTrue(failed.received().getLast().contains("\"type\":\"OFPT_ECHO_REPLY\",\"xid\":50"));
    }

    @Test
    void reportsAStrictExpectThatTimesOutAndAnExpectNothingThatGotSomething() throws Exception {
        final var timeout = Scenario.asController("silent").timeout(Duration.ofMillis(200)).handshake()
            .expect(MessagePredicate.type("barrier_reply")).build();
        final var silent = assertInstanceOf(ScenarioResult.Failed.class, againstASwitch(timeout));
        assertEquals(5, silent.step());
        assertEquals("nothing received within 200ms", silent.actual());
        fleet.stop().get(10, TimeUnit.SECONDS);

        final var echo = Scenario.asController("talkative").handshake().send(OfEchoRequest.of(60))
            .expectNothing(Duration.ofMillis(500)).build();
        final var talkative = assertInstanceOf(ScenarioResult.Failed.class, againstASwitch(echo));
        assertEquals(6, talkative.step());
        assertEquals("nothing for 500ms", talkative.expected());
        assertTrue(talkative.actual().startsWith("received {\"version\":\"1.3\",\"type\":\"OFPT_ECHO_REPLY\","
            + "\"xid\":60"), talkative.actual());
    }

    @Test
    void failsAStepThatRefersToAStepWithoutAMessage() throws Exception {
        final var scenario = Scenario.asController("dangling").handshake()
            .send("a reply to nothing", context -> OfBarrierReply.of(context.xid("nothing"))).build();
        final var failed = assertInstanceOf(ScenarioResult.Failed.class, againstASwitch(scenario));
        assertEquals(5, failed.step());
        assertEquals("send a reply to nothing", failed.stepText());
        assertEquals("cannot play the step: no step named 'nothing' has a message", failed.actual());
    }

    @Test
    void playsTheSwitchExampleAgainstTheProvider() throws Exception {
        try (var controller = new BarrierController()) {
            final var result = againstAController(ScenarioFile.read(ScenarioFileTest.EXAMPLES.resolve(
                "switch-handshake.scenario")), controller);
            assertTrue(result.passed(), result.report());
            assertEquals(0x2a, controller.handshaken.get(5, TimeUnit.SECONDS).features().datapathId());
            assertTrue(controller.barrier.get(5, TimeUnit.SECONDS) instanceof OfBarrierReply,
                "the provider got the barrier reply the scenario sent, with its xid");
        }
    }

    @Test
    void playsTheMalformedFramesExampleAgainstTheProvider() throws Exception {
        try (var controller = new BarrierController()) {
            final var result = againstAController(ScenarioFile.read(ScenarioFileTest.EXAMPLES.resolve(
                "switch-malformed-frames.scenario")), controller);
            assertTrue(result.passed(), result.report());
            assertEquals(0x2b, controller.handshaken.get(5, TimeUnit.SECONDS).features().datapathId());
            final OfDisconnectReason reason = controller.disconnected.get(5, TimeUnit.SECONDS);
            assertTrue(reason.toString().contains("BAD_LEN"), reason.toString());
        }
    }

    @Test
    void aConnectionThatCannotBeMadeFailsBeforeTheFirstStep() throws Exception {
        final int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        final var scenario = Scenario.asSwitch("nobody").endpoint(new ScenarioEndpoint.Dial(
            new InetSocketAddress("127.0.0.1", port))).hello().build();
        final var failed = assertInstanceOf(ScenarioResult.Failed.class, runner.run(scenario));
        assertEquals(0, failed.step());
        assertEquals("connect 127.0.0.1:" + port, failed.stepText());
        assertTrue(failed.actual().startsWith("cannot connect to /127.0.0.1:" + port), failed.actual());
        assertTrue(failed.report().startsWith("FAILED nobody: before the first step: connect 127.0.0.1:" + port
            + "\n"), failed.report());
    }
}
