/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorKind;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a received message must be, with a description for reports. Predicates compose with {@link #and}; each says
 * why a message does not match ({@link #mismatch}), so that a failed step names the field that differed:
 * <pre>
 *   MessagePredicate.type("error").and(MessagePredicate.json("code", "OFPBRC_BAD_LEN"))
 *       .and(MessagePredicate.sameXidAs("bad"))
 *   -&gt; description "error code=OFPBRC_BAD_LEN xid=$bad"
 *   -&gt; mismatch "code is "OFPBRC_BAD_TYPE", not OFPBRC_BAD_LEN"
 * </pre>
 * Keys and values are those of the message's JSON as {@code ./tunnelmesh codec decode} prints it
 * ({@link io.tunnelmesh.simpleclient.codec.OfJsonWriter}).
 */
public interface MessagePredicate {
    /**
     * Why a message does not match.
     *
     * @param message the message
     * @param context the scenario so far, for references to earlier steps
     * @return {@code null} if it matches, else the reason, naming what differs
     */
    @Nullable String mismatch(ScenarioMessage message, ScenarioContext context);

    /**
     * What this predicate expects, as a scenario file writes it.
     *
     * @return the description
     */
    String description();

    /**
     * Both this and another predicate.
     *
     * @param other the other predicate
     * @return a predicate matching what both match; its mismatch is the first one's
     */
    default MessagePredicate and(final MessagePredicate other) {
        return new MessagePredicates.All(List.of(this, other));
    }

    /**
     * Any message.
     *
     * @return the predicate
     */
    static MessagePredicate any() {
        return MessagePredicates.Any.INSTANCE;
    }

    /**
     * A message of a class.
     *
     * @param type the message's class ({@code OfError.class}) or an interface it implements
     * @return the predicate
     */
    static MessagePredicate type(final Class<? extends OfMessage> type) {
        return new MessagePredicates.OfClass(type);
    }

    /**
     * A message whose JSON {@code type} is a name: the full name ({@code OFPT_ERROR}, {@code ONFT_BUNDLE_CONTROL})
     * or an {@code OFPT_} name without its prefix ({@code error}, {@code features_request}), any case; {@code any}
     * for any message.
     *
     * @param name the name
     * @return the predicate
     */
    static MessagePredicate type(final String name) {
        return "any".equals(name) ? any() : new MessagePredicates.TypeNamed(name);
    }

    /**
     * A message with an xid.
     *
     * @param xid the xid, unsigned
     * @return the predicate
     */
    static MessagePredicate xid(final long xid) {
        return json("xid", Long.toString(xid));
    }

    /**
     * A message with the xid of the message an earlier step sent or matched.
     *
     * @param step the step's number, from 1
     * @return the predicate
     */
    static MessagePredicate sameXidAs(final int step) {
        return new MessagePredicates.JsonField(JsonPath.parse("xid"), new ScenarioValue.Reference(
            Integer.toString(step), JsonPath.ROOT));
    }

    /**
     * A message with the xid of the message a named earlier step sent or matched.
     *
     * @param name the step's name
     * @return the predicate
     */
    static MessagePredicate sameXidAs(final String name) {
        return new MessagePredicates.JsonField(JsonPath.parse("xid"), new ScenarioValue.Reference(name,
            JsonPath.ROOT));
    }

    /**
     * A message whose JSON has a value at a path.
     *
     * @param path a dotted path ({@code code}, {@code match.in_port}, {@code instructions.0.actions.0.port})
     * @param value as in a scenario file: a word ({@code OFPBRC_BAD_LEN}, {@code 0x2a}), a JSON literal, or a
     *     reference {@code $NAME[.PATH]}
     * @return the predicate
     * @throws IllegalArgumentException if the path or the value is malformed
     */
    static MessagePredicate json(final String path, final String value) {
        return new MessagePredicates.JsonField(JsonPath.parse(path), ScenarioValue.parse(value));
    }

    /**
     * A message of a class for which a test holds, on the model rather than on JSON.
     *
     * @param <T> the class
     * @param type the class
     * @param description what the test checks, for reports
     * @param test the test
     * @return the predicate
     */
    static <T extends OfMessage> MessagePredicate field(final Class<T> type, final String description,
            final Predicate<? super T> test) {
        return new MessagePredicates.Field<>(type, description, test);
    }

    /**
     * An {@code OFPT_ERROR} with a type and code (OpenFlow 1.3.5 section 7.4.4), standard or experimenter.
     *
     * @param error the error
     * @return the predicate
     */
    static MessagePredicate error(final OfErrorKind error) {
        return field(OfErrorMessage.class, "error " + error, message -> switch (message) {
            case OfError standard -> standard.error().equals(error);
            case OfExperimenterError experimenter -> experimenter.error().equals(error);
        });
    }

    /**
     * A {@code HELLO} offering a version in common with ours (OpenFlow 1.3.5 section 6.3.1).
     *
     * @param ours the versions we offer
     * @return the predicate
     */
    static MessagePredicate helloCompatibleWith(final List<OfVersion> ours) {
        return new MessagePredicates.CompatibleHello(List.copyOf(ours));
    }
}
