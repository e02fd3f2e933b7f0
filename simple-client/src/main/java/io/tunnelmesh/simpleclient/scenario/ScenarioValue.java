/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The value side of {@code key=value}, in a predicate or in a message to send. It is one of:
 * <ul>
 *   <li>a word ({@code OFPBRC_BAD_LEN}, {@code 254}, {@code 0x2a}, {@code 192.0.2.2}): equal to a JSON string with
 *       the same text, or to a JSON number with the same value (decimal or {@code 0x} hex);</li>
 *   <li>a JSON literal, an object, an array or a string in double quotes: equal to the same JSON (numbers by
 *       value);</li>
 *   <li>a reference {@code $NAME} or {@code $NAME.PATH}: the xid of the message of the step named {@code NAME}
 *       (or numbered, {@code $3}), or the value at {@code PATH} in its JSON.</li>
 * </ul>
 */
sealed interface ScenarioValue {
    /** A step number has at most this many digits. */
    int MAX_STEP_DIGITS = 6;
    /** Numbers are equal by value: JSON {@code 1} read as an int equals {@code 1} read as a long. */
    Comparator<JsonNode> SAME = (a, b) -> a.equals(b) || a.isNumber() && b.isNumber()
        && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    /**
     * Whether a value found in a message equals this one.
     *
     * @param actual the value, or {@code null} when the message has none
     * @param context the scenario so far, for references
     * @return whether it matches
     */
    boolean matches(@Nullable JsonNode actual, ScenarioContext context);

    /**
     * The value as a number, for a message field.
     *
     * @param context the scenario so far, for references
     * @return the number
     * @throws IllegalStateException if it is not a number
     */
    BigInteger number(ScenarioContext context);

    /**
     * A word.
     *
     * @param text the word
     */
    record Word(String text) implements ScenarioValue {
        private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
        private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");

        @Override
        public boolean matches(final @Nullable JsonNode actual, final ScenarioContext context) {
            if (actual == null) {
                return false;
            }
            if (actual.isNumber()) {
                final var number = decimal(text);
                return number != null && number.compareTo(actual.decimalValue()) == 0;
            }
            return (actual.isTextual() || actual.isBoolean()) && text.equals(actual.asText());
        }

        @Override
        public BigInteger number(final ScenarioContext context) {
            final var number = decimal(text);
            if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
                throw new IllegalStateException("'" + text + "' is not a number");
            }
            return number.toBigIntegerExact();
        }

        static @Nullable BigDecimal decimal(final String text) {
            if (HEX.matcher(text).matches()) {
                return new BigDecimal(new BigInteger(text.substring(2), 16));
            }
            return DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * A JSON literal.
     *
     * @param json the value
     * @param text as written
     */
    record Literal(JsonNode json, String text) implements ScenarioValue {
        @Override
        public boolean matches(final @Nullable JsonNode actual, final ScenarioContext context) {
            return actual != null && actual.equals(SAME, json);
        }

        @Override
        public BigInteger number(final ScenarioContext context) {
            if (!json.isIntegralNumber() || json.bigIntegerValue().signum() < 0) {
                throw new IllegalStateException(text + " is " + json + ", not a number");
            }
            return json.bigIntegerValue();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * A value of an earlier step's message.
     *
     * @param step the step's name, or its number
     * @param path the path in its JSON; the root means its xid
     */
    record Reference(String step, JsonPath path) implements ScenarioValue {
        @Override
        public boolean matches(final @Nullable JsonNode actual, final ScenarioContext context) {
            return resolved(context).matches(actual, context);
        }

        @Override
        public BigInteger number(final ScenarioContext context) {
            return resolved(context).number(context);
        }

        /** The value it refers to, as if it were written in its place. */
        private Literal resolved(final ScenarioContext context) {
            return new Literal(resolve(context), toString());
        }

        JsonNode resolve(final ScenarioContext context) {
            final var message = context.message(step);
            final var json = path.keys().isEmpty() ? message.json().get("xid") : path.at(message.json());
            if (json == null) {
                throw new IllegalStateException(toString() + ": the message of step " + step + " has no " + path
                    + ": " + message.text());
            }
            return json;
        }

        @Override
        public String toString() {
            return "$" + step + (path.keys().isEmpty() ? "" : "." + path);
        }
    }

    /**
     * Parses a value as written after {@code key=}.
     *
     * @param text the value
     * @return the value
     * @throws IllegalArgumentException if it is empty, a bad literal or a bad reference
     */
    static ScenarioValue parse(final String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty value");
        }
        final char first = text.charAt(0);
        if (first == '$') {
            final int dot = text.indexOf('.');
            final var step = dot < 0 ? text.substring(1) : text.substring(1, dot);
            final boolean number = !step.isEmpty() && step.length() <= MAX_STEP_DIGITS
                && step.chars().allMatch(Character::isDigit);
            if (!number && !ScenarioStep.isName(step)) {
                throw new IllegalArgumentException("bad reference '" + text + "': $NAME or $NAME.PATH");
            }
            return new Reference(step, dot < 0 ? JsonPath.ROOT : JsonPath.parse(text.substring(dot + 1)));
        }
        if (first == '{' || first == '[' || first == '"') {
            return new Literal(ScenarioJson.read(text), text);
        }
        return new Word(text);
    }
}
