/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.OfBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the scenario file format (docs/scenarios.md): one setting or step per line (a line ending in {@code \\}
 * goes on on the next), settings first, {@code #} comments and blank lines ignored.
 * <pre>
 *   name      TEXT                        the scenario's name (default: the file's)
 *   role      switch | controller         required
 *   connect   HOST:PORT                   dial the peer        (or: listen [ADDR:]PORT)
 *   timeout   DURATION                    how long expect waits (default 5s)
 *   answer-echo                           answer ECHO_REQUEST automatically, out of the steps' way
 *
 *   send hex BYTES [as NAME]              raw bytes, which need not be a valid message
 *   send KEYWORD key=value... [as NAME]   hello, echo_request, features_reply, barrier_reply, ... (SendShorthands)
 *   expect TYPE key=value... [as NAME]    the next message must match
 *   expect-within DURATION TYPE key=value... [as NAME]   a match within the time, others skipped
 *   expect-nothing DURATION
 *   expect-disconnect [DURATION]
 *   disconnect
 *   wait DURATION
 *   handshake [datapath_id=N]             HELLO both ways and FEATURES, as the role plays them
 * </pre>
 * Keys of predicates are dotted paths into the message's JSON ({@code code}, {@code match.in_port}); values are
 * words, JSON literals or references to earlier steps ({@code $req}, {@code $req.datapath_id}). Every error names
 * its {@code file:line}.
 */
public final class ScenarioFile {
    private static final Set<String> SETTINGS = Set.of("name", "role", "connect", "listen", "timeout", "answer-echo");
    private static final List<String> COMMANDS = List.of("send", "expect", "expect-within", "expect-nothing",
        "expect-disconnect", "disconnect", "wait", "handshake");
    private static final Set<String> NAMED = Set.of("send", "expect", "expect-within");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final String file;
    private final Map<String, Integer> settingLines = new HashMap<>();
    private final Map<String, Integer> nameLines = new HashMap<>();
    private @Nullable String name;
    private @Nullable ScenarioRole role;
    private @Nullable ScenarioEndpoint endpoint;
    private Duration timeout = Scenario.DEFAULT_TIMEOUT;
    private boolean answerEchoes;
    private Scenario.@Nullable Builder builder;
    private int line;

    private ScenarioFile(final String file) {
        this.file = file;
    }

    /**
     * Reads a scenario file.
     *
     * @param path the file
     * @return the scenario
     * @throws IOException if it cannot be read
     * @throws ScenarioFileException if it is not a scenario
     */
    public static Scenario read(final Path path) throws IOException, ScenarioFileException {
        final var fileName = path.getFileName();
        return parse(fileName != null ? fileName.toString() : path.toString(),
            Files.readString(path, StandardCharsets.UTF_8));
    }

    /**
     * Parses a scenario.
     *
     * @param file the file's name, for errors and sources
     * @param text the text
     * @return the scenario
     * @throws ScenarioFileException if it is not a scenario
     */
    public static Scenario parse(final String file, final String text) throws ScenarioFileException {
        final var parser = new ScenarioFile(file);
        final var lines = text.split("\r?\n", -1);
        final var logical = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (logical.isEmpty()) {
                parser.line = i + 1;
            }
            // a continuation's indentation is not part of the step's text
            final var physical = logical.isEmpty() ? lines[i].stripTrailing() : lines[i].strip();
            if (physical.endsWith("\\") && i + 1 < lines.length) {
                // continued on the next line; the step is where it starts
                logical.append(physical.substring(0, physical.length() - 1).stripTrailing()).append(' ');
                continue;
            }
            logical.append(physical);
            try {
                parser.parseLine(logical.toString());
            } catch (IllegalArgumentException e) {
                throw new ScenarioFileException(file, parser.line, e.getMessage(), e);
            }
            logical.setLength(0);
        }
        final var steps = parser.builder;
        if (steps == null) {
            // the line count: a last line end does not start another line
            throw new ScenarioFileException(file, Math.max(1, lines.length - (text.endsWith("\n") ? 1 : 0)),
                "no steps");
        }
        return steps.build();
    }

    private void parseLine(final String text) {
        final var words = ScenarioWords.split(text);
        if (words.isEmpty() || words.getFirst().startsWith("#")) {
            return;
        }
        final var command = words.getFirst();
        final var args = words.subList(1, words.size());
        if (SETTINGS.contains(command)) {
            setting(command, args, text.strip());
        } else if (COMMANDS.contains(command)) {
            step(command, args, text.strip());
        } else {
            throw new IllegalArgumentException("unknown command '" + command + "' (settings: name, role, connect, "
                + "listen, timeout, answer-echo; steps: " + String.join(", ", COMMANDS) + ")");
        }
    }

    private void setting(final String command, final List<String> args, final String text) {
        if (builder != null) {
            throw new IllegalArgumentException(command + " is a setting: settings come before the first step");
        }
        final var key = "listen".equals(command) ? "connect" : command;
        final var first = settingLines.putIfAbsent(key, line);
        if (first != null) {
            throw new IllegalArgumentException(("connect".equals(key) ? "connect or listen" : command)
                + " is given twice (first on line " + first + ")");
        }
        switch (command) {
            case "name" -> {
                if (args.isEmpty()) {
                    throw new IllegalArgumentException("name needs a text");
                }
                name = text.substring(command.length()).strip();
            }
            case "role" -> role = switch (one(command, args)) {
                case "switch" -> ScenarioRole.SWITCH;
                case "controller" -> ScenarioRole.CONTROLLER;
                default -> throw new IllegalArgumentException("role is switch or controller, not '"
                    + args.getFirst() + "'");
            };
            case "connect" -> endpoint = new ScenarioEndpoint.Dial(ScenarioEndpoint.parseAddress(one(command, args)));
            case "listen" -> endpoint = new ScenarioEndpoint.Listen(ScenarioEndpoint.parseAddress(one(command, args)));
            case "timeout" -> timeout = ScenarioDurations.parse(one(command, args));
            default -> {
                none(command, args);
                answerEchoes = true;
            }
        }
    }

    private Scenario.Builder builder() {
        var steps = builder;
        if (steps == null) {
            final var side = role;
            if (side == null) {
                throw new IllegalArgumentException("role switch or role controller must come before the first step");
            }
            final var scenarioName = name != null ? name : file;
            steps = side == ScenarioRole.SWITCH ? Scenario.asSwitch(scenarioName)
                : Scenario.asController(scenarioName);
            steps.timeout(timeout);
            if (endpoint != null) {
                steps.endpoint(endpoint);
            }
            if (answerEchoes) {
                steps.answerEchoes();
            }
            builder = steps;
        }
        return steps;
    }

    private void step(final String command, final List<String> args, final String text) {
        final var steps = builder().source(file + ":" + line);
        var words = args;
        String stepName = null;
        if (words.size() >= 2 && "as".equals(words.get(words.size() - 2))) {
            stepName = words.getLast();
            words = words.subList(0, words.size() - 2);
            checkName(command, stepName);
        }
        final ScenarioStep.Action action = switch (command) {
            case "send" -> send(words);
            case "expect" -> new ScenarioStep.Expect(predicate(command, words), timeout, false);
            case "expect-within" -> {
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("expect-within needs a duration and a message type");
                }
                final var within = ScenarioDurations.parse(words.getFirst());
                yield new ScenarioStep.Expect(predicate(command, words.subList(1, words.size())), within, true);
            }
            case "expect-nothing" -> new ScenarioStep.ExpectNothing(ScenarioDurations.parse(one(command, words)));
            case "expect-disconnect" -> new ScenarioStep.ExpectDisconnect(words.isEmpty() ? timeout
                : ScenarioDurations.parse(one(command, words)));
            case "disconnect" -> {
                none(command, words);
                yield new ScenarioStep.Disconnect();
            }
            case "wait" -> new ScenarioStep.Pause(ScenarioDurations.parse(one(command, words)));
            default -> {
                handshake(steps, words);
                yield null;
            }
        };
        if (action != null) {
            steps.step(new ScenarioStep(text, file + ":" + line, stepName, action));
        }
        if (stepName != null) {
            nameLines.put(stepName, line);
        }
    }

    private void checkName(final String command, final String stepName) {
        if (!NAMED.contains(command)) {
            throw new IllegalArgumentException("'as NAME' names send and expect steps only");
        }
        if (!ScenarioStep.isName(stepName)) {
            throw new IllegalArgumentException("bad step name '" + stepName + "': a letter or _ first, then "
                + "letters, digits, _ or -");
        }
        final var first = nameLines.get(stepName);
        if (first != null) {
            throw new IllegalArgumentException("'" + stepName + "' already names the step on line " + first);
        }
    }

    private ScenarioStep.Action send(final List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("send needs a message: hex BYTES, or one of "
                + String.join(", ", SendShorthands.KEYWORDS));
        }
        if (!"hex".equals(words.getFirst())) {
            return new ScenarioStep.Send(SendShorthands.parse(words.getFirst(), values(words.subList(1,
                words.size()))));
        }
        var hex = String.join("", words.subList(1, words.size()));
        if (hex.startsWith("0x") || hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        if (hex.isEmpty()) {
            throw new IllegalArgumentException("send hex needs bytes");
        }
        final var bad = hex.chars().filter(c -> Character.digit(c, 16) < 0).findFirst();
        if (bad.isPresent()) {
            throw new IllegalArgumentException("bad hex: '" + Character.toString(bad.getAsInt())
                + "' is not a hex digit");
        }
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("bad hex: odd number of hex digits (" + hex.length() + ")");
        }
        return new ScenarioStep.SendBytes(OfBytes.ofHex(hex));
    }

    private MessagePredicate predicate(final String command, final List<String> words) {
        if (words.isEmpty() || !TYPE.matcher(words.getFirst()).matches()) {
            throw new IllegalArgumentException(command + " needs a message type first (any, hello, error, "
                + "features_reply, OFPT_FLOW_REMOVED, ...)" + (words.isEmpty() ? "" : ", not '" + words.getFirst()
                + "'"));
        }
        var predicate = MessagePredicate.type(words.getFirst());
        for (var entry : values(words.subList(1, words.size())).entrySet()) {
            predicate = predicate.and(new MessagePredicates.JsonField(JsonPath.parse(entry.getKey()),
                entry.getValue()));
        }
        return predicate;
    }

    private void handshake(final Scenario.Builder steps, final List<String> words) {
        final var values = values(words);
        final var datapathId = values.remove("datapath_id");
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("handshake has no key '" + values.keySet().iterator().next()
                + "' (its key: datapath_id)");
        }
        if (datapathId != null && !(datapathId instanceof ScenarioValue.Word)) {
            throw new IllegalArgumentException("handshake's datapath_id is a number, not " + datapathId);
        }
        try {
            steps.handshake(datapathId == null ? 1 : datapathId.number(new ScenarioContext()).longValue());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("datapath_id: " + e.getMessage(), e);
        }
    }

    /** The {@code key=value}s of a line, in order, with their references checked against the steps before. */
    private Map<String, ScenarioValue> values(final List<String> words) {
        final var values = new LinkedHashMap<String, ScenarioValue>();
        for (var word : words) {
            final int equals = word.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected key=value, not '" + word + "'");
            }
            final var key = word.substring(0, equals);
            final var value = ScenarioValue.parse(word.substring(equals + 1));
            if (value instanceof ScenarioValue.Reference reference) {
                checkReference(reference);
            }
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException(key + " is given twice");
            }
        }
        return values;
    }

    private void checkReference(final ScenarioValue.Reference reference) {
        final var step = reference.step();
        if (step.chars().allMatch(Character::isDigit)) {
            final int number = Integer.parseInt(step);
            final var steps = builder;
            if (number < 1 || steps == null || number > steps.size()) {
                throw new IllegalArgumentException(reference + ": there is no step " + number + " before this one");
            }
        } else if (!nameLines.containsKey(step)) {
            throw new IllegalArgumentException(reference + ": no step before this one is named '" + step + "'");
        }
    }

    private static String one(final String command, final List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException(command + " takes one value, not " + args.size());
        }
        return args.getFirst();
    }

    private static void none(final String command, final List<String> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(command + " takes no value, not '" + String.join(" ", args) + "'");
        }
    }
}
