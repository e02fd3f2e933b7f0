/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.pipeline.OfVersionNegotiation;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The predicates {@link MessagePredicate}'s factories make.
 */
final class MessagePredicates {
    private MessagePredicates() {
        // Hidden on purpose
    }

    /** Any message. */
    enum Any implements MessagePredicate {
        INSTANCE;

        @Override
        public @Nullable String mismatch(final ScenarioMessage message, final ScenarioContext context) {
            return null;
        }

        @Override
        public String description() {
            return "any";
        }
    }

    /** Every one of several predicates; the first that fails says why. */
    record All(List<MessagePredicate> all) implements MessagePredicate {
        All {
            all = all.stream().flatMap(each -> each instanceof All nested ? nested.all.stream() : List.of(each)
                .stream()).toList();
        }

        @Override
        public @Nullable String mismatch(final ScenarioMessage message, final ScenarioContext context) {
            for (var each : all) {
                final var reason = each.mismatch(message, context);
                if (reason != null) {
                    return reason;
                }
            }
            return null;
        }

        @Override
        public String description() {
            return all.stream().map(MessagePredicate::description).collect(Collectors.joining(" "));
        }
    }

    /** A message of a class. */
    record OfClass(Class<? extends OfMessage> type) implements MessagePredicate {
        @Override
        public @Nullable String mismatch(final ScenarioMessage message, final ScenarioContext context) {
            return type.isInstance(message.message()) ? null : "type is " + message.json().path("type").asText()
                + ", not " + type.getSimpleName();
        }

        @Override
        public String description() {
            return type.getSimpleName();
        }
    }

    /** A message whose JSON type has a name, with or without {@code OFPT_}. */
    record TypeNamed(String name) implements MessagePredicate {
        @Override
        public @Nullable String mismatch(final ScenarioMessage message, final ScenarioContext context) {
            final var type = message.json().path("type").asText();
            return type.equalsIgnoreCase(name) || type.equalsIgnoreCase("OFPT_" + name) ? null
                : "type is " + type + ", not " + (name.contains("_") && name.equals(name.toUpperCase(Locale.ROOT))
                    ? name : "OFPT_" + name.toUpperCase(Locale.ROOT));
        }

        @Override
        public String description() {
            return name;
        }
    }

    /** A value at a path of the JSON. */
    record JsonField(JsonPath path, ScenarioValue value) implements MessagePredicate {
        @Override
        public @Nullable String mismatch(final ScenarioMessage message, final ScenarioContext context) {
            final var actual = path.at(message.json());
            if (value.matches(actual, context)) {
                return null;
            }
            final var expected = value instanceof ScenarioValue.Reference reference
                ? reference.resolve(context) + " (" + value + ")" : value.toString();
            return actual == null ? "has no " + path + " (expected " + expected + ")"
                : path + " is " + actual + ", not " + expected;
        }

        @Override
        public String description() {
            return path + "=" + value;
        }
    }

    /** A test on the model. */
    record Field<T extends OfMessage>(Class<T> type, String description, Predicate<? super T> test)
            implements MessagePredicate {
        @Override
        public @Nullable String mismatch(final ScenarioMessage message, final ScenarioContext context) {
            final var model = message.message();
            if (!type.isInstance(model)) {
                return "type is " + message.json().path("type").asText() + ", not " + type.getSimpleName();
            }
            return test.test(type.cast(model)) ? null : "not " + description;
        }
    }

    /** A HELLO with a version in common with ours. */
    record CompatibleHello(List<OfVersion> ours) implements MessagePredicate {
        @Override
        public @Nullable String mismatch(final ScenarioMessage message, final ScenarioContext context) {
            if (!(message.message() instanceof OfHello hello)) {
                return "type is " + message.json().path("type").asText() + ", not OFPT_HELLO";
            }
            return OfVersionNegotiation.negotiate(ours, hello).isPresent() ? null
                : OfVersionNegotiation.incompatible(ours, hello);
        }

        @Override
        public String description() {
            return "hello with a version in common with " + ours;
        }
    }
}
