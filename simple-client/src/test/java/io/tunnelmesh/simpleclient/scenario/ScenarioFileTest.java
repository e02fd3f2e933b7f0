/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario file format: every setting and step of a good file, the shipped examples, and each kind of error
 * with the line it is on.
 */
class ScenarioFileTest {
    /** The shipped examples, which {@code ScenarioRunnerTest} plays. */
    static final Path EXAMPLES = Path.of("..", "docs", "scenarios");

    private static final String GOOD = """
        # every command once
        name   every command
        role controller
        connect 127.0.0.1:6653
        timeout 2s
        answer-echo

        send hello versions=1.3,1.0 xid=7 as greeting
        expect hello
        expect features_reply xid=$greeting datapath_id=0x2a match.in_port=1 as reply
        send features_reply xid=$reply datapath_id=$reply.datapath_id n_tables=10
        send hex 0x04 00 00 08 \\
                 00 00 00 01 as raw
        expect-within 1.5s error code=OFPBRC_BAD_LEN data=$raw.raw body={"a": [1, 2]} note="two words"
        expect-nothing 500ms
        expect-disconnect
        expect-disconnect 1m
        wait 100ms
        send echo_request data=cafe
        disconnect
        """;

    private static Scenario parse(final String text) throws ScenarioFileException {
        return ScenarioFile.parse("test.scenario", text);
    }

    @Test
    void readsEverySettingAndStep() throws Exception {
        final var scenario = parse(GOOD);
        assertEquals("every command", scenario.name());
        assertEquals(ScenarioRole.CONTROLLER, scenario.role());
        assertEquals(new ScenarioEndpoint.Dial(new InetSocketAddress("127.0.0.1", 6653)), scenario.endpoint());
        assertTrue(scenario.answerEchoes());
        final var steps = scenario.steps();
        assertEquals(12, steps.size());
        assertEquals(List.of("test.scenario:8", "test.scenario:9", "test.scenario:10", "test.scenario:11",
            "test.scenario:12", "test.scenario:14", "test.scenario:15", "test.scenario:16", "test.scenario:17",
            "test.scenario:18", "test.scenario:19", "test.scenario:20"),
            steps.stream().map(ScenarioStep::source).toList());
        assertEquals("greeting", steps.get(0).name());
        assertEquals("send hello versions=1.3,1.0 xid=7 as greeting", steps.get(0).text());

        final var expect = assertInstanceOf(ScenarioStep.Expect.class, steps.get(2).action());
        assertEquals(Duration.ofSeconds(2), expect.within(), "the file's timeout");
        assertFalse(expect.skipOthers());
        assertEquals("features_reply xid=$greeting datapath_id=0x2a match.in_port=1",
            expect.predicate().description());

        final var raw = assertInstanceOf(ScenarioStep.SendBytes.class, steps.get(4).action());
        assertEquals(OfBytes.ofHex("0400000800000001"), raw.bytes(), "continued over two lines, 0x dropped");
        assertEquals("send hex 0x04 00 00 08 00 00 00 01 as raw", steps.get(4).text());
        final var within = assertInstanceOf(ScenarioStep.Expect.class, steps.get(5).action());
        assertEquals(Duration.ofMillis(1500), within.within());
        assertTrue(within.skipOthers());
        assertEquals("error code=OFPBRC_BAD_LEN data=$raw.raw body={\"a\": [1, 2]} note=\"two words\"",
            within.predicate().description());
        assertEquals(new ScenarioStep.ExpectNothing(Duration.ofMillis(500)), steps.get(6).action());
        assertEquals(new ScenarioStep.ExpectDisconnect(Duration.ofSeconds(2)), steps.get(7).action());
        assertEquals(new ScenarioStep.ExpectDisconnect(Duration.ofMinutes(1)), steps.get(8).action());
        assertEquals(new ScenarioStep.Pause(Duration.ofMillis(100)), steps.get(9).action());
        assertEquals(new ScenarioStep.Disconnect(), steps.get(11).action());
    }

    @Test
    void sendShorthandsMakeTheMessagesTheyName() throws Exception {
        final var steps = parse(GOOD).steps();
        final var context = new ScenarioContext();
        final var hello = (OfHello) send(steps.get(0)).build(context);
        assertEquals(7, hello.xid());
        assertEquals(OfVersion.OF13, hello.version());
        final var bitmap = (OfHelloVersionBitmap) hello.elements().getFirst();
        assertTrue(bitmap.supports(OfVersion.OF10) && bitmap.supports(OfVersion.OF13));

        final var json = new ScenarioJson(OpenFlowCodecs.standard());
        context.record(3, "reply", json.of(new OfFeaturesReply(42, 0x99, 0, 254, 0, 0, 0)));
        assertEquals(new OfFeaturesReply(42, 0x99, 0, 10, 0, 0x4f, 0), send(steps.get(3)).build(context),
            "xid and datapath id from the step named reply, n_tables given, the rest defaults");
        assertEquals(new OfEchoRequest(OfVersion.OF13, 1, OfBytes.ofHex("cafe")), send(steps.get(10)).build(context),
            "a fresh xid");
    }

    private static MessageTemplate send(final ScenarioStep step) {
        return assertInstanceOf(ScenarioStep.Send.class, step.action()).message();
    }

    @Test
    void handshakeExpandsToTheRolesSteps() throws Exception {
        final var controller = parse("role controller\nhandshake\n").steps();
        assertEquals(List.of("send hello versions=1.3", "expect hello with a version in common with [OF1.3]",
            "send features_request", "expect features_reply xid=$3"), controller.stream().map(ScenarioStep::text)
            .toList());
        assertTrue(controller.stream().allMatch(step -> "test.scenario:2".equals(step.source())));
        final var aSwitch = parse("role switch\n\nhandshake datapath_id=0x2b\n").steps();
        assertEquals(List.of("send hello versions=1.3", "expect hello with a version in common with [OF1.3]",
            "expect features_request", "send features_reply xid=$3 datapath_id=43"), aSwitch.stream()
            .map(ScenarioStep::text).toList());
    }

    @Test
    void listensOnLoopbackForABarePort() throws Exception {
        final var scenario = parse("role switch\nlisten 6633\nwait 1s\n");
        assertEquals(new ScenarioEndpoint.Listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 6633)),
            scenario.endpoint());
        assertFalse(scenario.answerEchoes());
        assertEquals("test.scenario", scenario.name(), "the file's name when it names none");
        assertNull(parse("role switch\nwait 1s\n").endpoint(), "the command line may give it");
    }

    @Test
    void readsTheShippedExamples() throws Exception {
        try (var files = Files.list(EXAMPLES)) {
            final var examples = files.filter(file -> file.toString().endsWith(".scenario")).sorted().toList();
            assertEquals(3, examples.size(), examples.toString());
            for (var file : examples) {
                final var scenario = ScenarioFile.read(file);
                assertFalse(scenario.steps().isEmpty(), file.toString());
                assertEquals(ScenarioEndpoint.Dial.class.equals(scenario.endpoint().getClass()),
                    scenario.role() == ScenarioRole.SWITCH, file + ": switches dial, the controller listens");
            }
        }
    }

    static Stream<Arguments> errors() {
        return Stream.of(
            Arguments.of("role switch\nfly away\n", 2, "unknown command 'fly' (settings: name, role, connect, "
                + "listen, timeout, answer-echo; steps: send, expect, expect-within, expect-nothing, "
                + "expect-disconnect, disconnect, wait, handshake)"),
            Arguments.of("# no role\nsend hello\n", 2, "role switch or role controller must come before the first "
                + "step"),
            Arguments.of("role router\n", 1, "role is switch or controller, not 'router'"),
            Arguments.of("role switch\nrole controller\n", 2, "role is given twice (first on line 1)"),
            Arguments.of("role switch\nconnect 127.0.0.1:1\nlisten 2\n", 3,
                "connect or listen is given twice (first on line 2)"),
            Arguments.of("role switch\nconnect 127.0.0.1:70000\n", 2, "port 70000 is not between 0 and 65535"),
            Arguments.of("role switch\nconnect 127.0.0.1:http\n", 2, "bad port 'http' in '127.0.0.1:http'"),
            Arguments.of("role switch\nwait 1s\ntimeout 2s\n", 3,
                "timeout is a setting: settings come before the first step"),
            Arguments.of("role switch\ntimeout soon\n", 2, "bad duration 'soon' (write 500ms, 2s, 1.5s or 1m)"),
            Arguments.of("role switch\nanswer-echo yes\n", 2, "answer-echo takes no value, not 'yes'"),
            Arguments.of("name\n", 1, "name needs a text"),
            Arguments.of("role switch\n\n\n", 3, "no steps"),
            Arguments.of("role switch\nsend\n", 2, "send needs a message: hex BYTES, or one of hello, echo_request, "
                + "echo_reply, features_request, features_reply, barrier_request, barrier_reply"),
            Arguments.of("role switch\nsend flow_mod\n", 2, "unknown message 'flow_mod': send hex BYTES, or hello, "
                + "echo_request, echo_reply, features_request, features_reply, barrier_request, barrier_reply"),
            Arguments.of("role switch\nsend hello version=1.3\n", 2,
                "hello has no key 'version' (its keys: xid, versions)"),
            Arguments.of("role switch\nsend hello versions=1.4\n", 2, "unknown version '1.4' (1.0 or 1.3)"),
            Arguments.of("role switch\nsend barrier_reply xid=soon\n", 2, "xid: 'soon' is not a number"),
            Arguments.of("role switch\nsend barrier_reply xid=$req\n", 2,
                "$req: no step before this one is named 'req'"),
            Arguments.of("role switch\nsend barrier_reply xid=$1\n", 2, "$1: there is no step 1 before this one"),
            Arguments.of("role switch\nsend barrier_reply xid=$-\n", 2, "bad reference '$-': $NAME or $NAME.PATH"),
            Arguments.of("role switch\nsend hex\n", 2, "send hex needs bytes"),
            Arguments.of("role switch\nsend hex 04 0\n", 2, "bad hex: odd number of hex digits (3)"),
            Arguments.of("role switch\nsend hex 04 zz\n", 2, "bad hex: 'z' is not a hex digit"),
            Arguments.of("role switch\nexpect\n", 2, "expect needs a message type first (any, hello, error, "
                + "features_reply, OFPT_FLOW_REMOVED, ...)"),
            Arguments.of("role switch\nexpect code=1\n", 2, "expect needs a message type first (any, hello, error, "
                + "features_reply, OFPT_FLOW_REMOVED, ...), not 'code=1'"),
            Arguments.of("role switch\nexpect error code\n", 2, "expected key=value, not 'code'"),
            Arguments.of("role switch\nexpect error code=1 code=2\n", 2, "code is given twice"),
            Arguments.of("role switch\nexpect error match..in_port=1\n", 2, "empty key in path 'match..in_port'"),
            Arguments.of("role switch\nexpect error data={\"a\":\n", 2, "a { or [ is not closed: data={\"a\":"),
            Arguments.of("role switch\nexpect error note=\"open\n", 2, "a string is not closed: note=\"open"),
            Arguments.of("role switch\nexpect error data={a}\n", 2, "not JSON: Unexpected character ('a' (code 97)):"
                + " was expecting double-quote to start field name"),
            Arguments.of("role switch\nexpect-within error\n", 2,
                "bad duration 'error' (write 500ms, 2s, 1.5s or 1m)"),
            Arguments.of("role switch\nexpect-within\n", 2, "expect-within needs a duration and a message type"),
            Arguments.of("role switch\nexpect-nothing\n", 2, "expect-nothing takes one value, not 0"),
            Arguments.of("role switch\nexpect-disconnect 1s 2s\n", 2, "expect-disconnect takes one value, not 2"),
            Arguments.of("role switch\ndisconnect now\n", 2, "disconnect takes no value, not 'now'"),
            Arguments.of("role switch\nwait\n", 2, "wait takes one value, not 0"),
            Arguments.of("role switch\nwait 1h\n", 2, "bad duration '1h' (write 500ms, 2s, 1.5s or 1m)"),
            Arguments.of("role switch\nwait 1s as pause\n", 2, "'as NAME' names send and expect steps only"),
            Arguments.of("role switch\nexpect hello as 1st\n", 2,
                "bad step name '1st': a letter or _ first, then letters, digits, _ or -"),
            Arguments.of("role switch\nexpect hello as a\n\nexpect hello as a\n", 4,
                "'a' already names the step on line 2"),
            Arguments.of("role switch\nhandshake xid=1\n", 2, "handshake has no key 'xid' (its key: datapath_id)"),
            Arguments.of("role switch\nhandshake datapath_id=$1\n", 2, "$1: there is no step 1 before this one"),
            Arguments.of("role switch\nsend hex 04 \\\n  00 00 08 \\\n 00 00 00 0 as x\nwait 1s\n", 2,
                "bad hex: odd number of hex digits (15)"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void reportsEachErrorWithItsLine(final String text, final int line, final String reason) {
        // a continued line's error is on the line where it starts
        final var error = assertThrows(ScenarioFileException.class, () -> parse(text));
        assertEquals("test.scenario", error.file());
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(reason, error.reason());
        assertTrue(error.getMessage().startsWith("test.scenario:" + line + ": "), error.getMessage());
    }
}
