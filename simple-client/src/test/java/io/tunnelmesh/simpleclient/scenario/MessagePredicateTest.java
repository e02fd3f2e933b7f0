/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Predicates on received messages: by type, xid, earlier steps' xids and values, JSON paths with words, numbers and
 * JSON literals, model fields, errors and HELLO negotiation; and the reasons they give when a message does not
 * match.
 */
class MessagePredicateTest {
    private static final ScenarioJson JSON = new ScenarioJson(OpenFlowCodecs.standard());

    private final ScenarioContext context = new ScenarioContext();
    private final ScenarioMessage error = JSON.of(new OfError(9, OfErrorCode.OFPBRC_BAD_LEN,
        OfBytes.ofHex("0414000c00000009deadbeef")));
    private final ScenarioMessage flow = JSON.of(OfFlowMod.builder().xid(3).cookie(0xffff_ffff_ffff_fff0L)
        .priority(100).match(OfMatch.builder().inPort(1).build()).applyActions(new OfActionOutput(2, 0)).build());

    private String mismatch(final MessagePredicate predicate, final ScenarioMessage message) {
        return predicate.mismatch(message, context);
    }

    @Test
    void matchesTypesByShortOrFullNameOrClass() {
        assertNull(mismatch(MessagePredicate.type("error"), error));
        assertNull(mismatch(MessagePredicate.type("OFPT_ERROR"), error));
        assertNull(mismatch(MessagePredicate.type("Error"), error));
        assertNull(mismatch(MessagePredicate.type(OfError.class), error));
        assertNull(mismatch(MessagePredicate.type("any"), error));
        assertEquals("type is OFPT_ERROR, not OFPT_FLOW_MOD", mismatch(MessagePredicate.type("flow_mod"), error));
        assertEquals("type is OFPT_ERROR, not OFPT_FLOW_MOD", mismatch(MessagePredicate.type("OFPT_FLOW_MOD"),
            error));
        assertEquals("type is OFPT_FLOW_MOD, not OfError", mismatch(MessagePredicate.type(OfError.class), flow));
    }

    @Test
    void matchesJsonPathsWithWordsNumbersAndLiterals() {
        assertNull(mismatch(MessagePredicate.json("code", "OFPBRC_BAD_LEN"), error));
        assertNull(mismatch(MessagePredicate.json("err_type", "OFPET_BAD_REQUEST"), error));
        assertNull(mismatch(MessagePredicate.json("xid", "0x9"), error), "hex equals the decimal JSON number");
        assertNull(mismatch(MessagePredicate.json("cookie", "18446744073709551600"), flow), "unsigned 64 bits");
        assertNull(mismatch(MessagePredicate.json("cookie", "0xfffffffffffffff0"), flow));
        assertNull(mismatch(MessagePredicate.json("match.in_port", "1"), flow));
        assertNull(mismatch(MessagePredicate.json("instructions.0.actions.0.port", "2"), flow), "array indexes");
        assertNull(mismatch(MessagePredicate.json("match", "{\"in_port\": 1}"), flow), "a JSON object");
        assertNull(mismatch(MessagePredicate.json("instructions.0.actions.0", "{\"type\":\"OFPAT_OUTPUT\","
            + "\"port\":2,\"max_len\":0}"), flow));
        assertNull(mismatch(MessagePredicate.json("command", "\"OFPFC_ADD\""), flow), "a JSON string");

        assertEquals("code is \"OFPBRC_BAD_LEN\", not OFPBRC_BAD_TYPE",
            mismatch(MessagePredicate.json("code", "OFPBRC_BAD_TYPE"), error));
        assertEquals("match.in_port is 1, not 0x2", mismatch(MessagePredicate.json("match.in_port", "0x2"), flow));
        assertEquals("has no match.tun_id (expected 5)", mismatch(MessagePredicate.json("match.tun_id", "5"), flow));
        assertEquals("has no instructions.1 (expected any)", mismatch(MessagePredicate.json("instructions.1",
            "any"), flow));
        assertEquals("xid is 9, not nine", mismatch(MessagePredicate.json("xid", "nine"), error),
            "a word that is no number never equals a number");
        assertEquals("match is {\"in_port\":1}, not {\"in_port\":2}", mismatch(MessagePredicate.json("match",
            "{\"in_port\":2}"), flow));
    }

    @Test
    void refersToTheMessagesOfEarlierStepsByNameOrNumber() {
        context.record(4, "bad", JSON.ofBytes(OfBytes.ofHex("0414000c00000009deadbeef")));
        context.record(5, "flow", flow);
        assertNull(mismatch(MessagePredicate.sameXidAs("bad"), error), "the xid of raw bytes that do not decode");
        assertNull(mismatch(MessagePredicate.sameXidAs(4), error));
        assertNull(mismatch(MessagePredicate.json("data", "$bad.raw"), error), "raw bytes' hex");
        assertEquals("xid is 9, not 3 ($flow)", mismatch(MessagePredicate.sameXidAs("flow"), error));
        assertEquals("xid is 9, not 3 ($5)", mismatch(MessagePredicate.sameXidAs(5), error));
        assertNull(mismatch(MessagePredicate.json("priority", "$flow.priority"), flow));

        final var missing = assertThrows(IllegalStateException.class,
            () -> mismatch(MessagePredicate.sameXidAs("later"), error));
        assertEquals("no step named 'later' has a message", missing.getMessage());
        assertEquals("step 6 has no message", assertThrows(IllegalStateException.class,
            () -> mismatch(MessagePredicate.sameXidAs(6), error)).getMessage());
        assertEquals("$flow.table: the message of step flow has no table: " + flow.text(),
            assertThrows(IllegalStateException.class, () -> mismatch(MessagePredicate.json("table_id",
                "$flow.table"), flow)).getMessage());
    }

    @Test
    void composesAndSaysWhichPartFailedFirst() {
        final var predicate = MessagePredicate.type("error").and(MessagePredicate.json("err_type",
            "OFPET_BAD_REQUEST")).and(MessagePredicate.json("code", "OFPBRC_BAD_TYPE")).and(MessagePredicate.xid(9));
        assertEquals("error err_type=OFPET_BAD_REQUEST code=OFPBRC_BAD_TYPE xid=9", predicate.description());
        assertEquals("code is \"OFPBRC_BAD_LEN\", not OFPBRC_BAD_TYPE", mismatch(predicate, error));
        assertEquals("type is OFPT_FLOW_MOD, not OFPT_ERROR", mismatch(predicate, flow));
        assertNull(mismatch(MessagePredicate.type("error").and(MessagePredicate.xid(9)), error));
    }

    @Test
    void testsModelFieldsAndErrorCodes() {
        final var features = JSON.of(new OfFeaturesReply(1, 0x2a, 0, 254, 0, 0, 0));
        final var tables = MessagePredicate.field(OfFeaturesReply.class, "254 tables", reply -> reply.tables() == 254);
        assertNull(mismatch(tables, features));
        assertEquals("not 254 tables", mismatch(tables, JSON.of(new OfFeaturesReply(1, 0x2a, 0, 1, 0, 0, 0))));
        assertEquals("type is OFPT_ERROR, not OfFeaturesReply", mismatch(tables, error));
        assertNull(mismatch(MessagePredicate.error(OfErrorCode.OFPBRC_BAD_LEN), error));
        assertEquals("not error OFPET_BAD_REQUEST/OFPBRC_BAD_TYPE",
            mismatch(MessagePredicate.error(OfErrorCode.OFPBRC_BAD_TYPE), error));
        assertEquals("type is OFPT_BARRIER_REPLY, not OfErrorMessage", mismatch(MessagePredicate.error(
            OfErrorCode.OFPBRC_BAD_LEN), JSON.of(OfBarrierReply.of(1))));
    }

    @Test
    void acceptsAHelloWithAVersionInCommon() {
        final var ours = MessagePredicate.helloCompatibleWith(List.of(OfVersion.OF13));
        assertNull(mismatch(ours, JSON.of(OfHello.offering(1, OfVersion.OF10, OfVersion.OF13))));
        assertEquals("type is OFPT_ERROR, not OFPT_HELLO", mismatch(ours, error));
        final var reason = mismatch(ours, JSON.of(OfHello.offering(1, OfVersion.OF10)));
        assertTrue(reason != null && reason.contains("1.0"), reason);
    }
}
