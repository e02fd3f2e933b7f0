/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tunnelmesh.ovsdb.api.OvsdbError;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.operation.OvsdbComment;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbDelete;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Transaction results decode per operation: successes by the operation's kind, the failing operation's error at its
 * index with nulls after it, and the extra element of a failed commit (RFC 7047 section 4.1.3).
 */
class OvsdbTransactDecoderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UUID_TEXT = "550e8400-e29b-41d4-a716-446655440000";
    private static final List<OvsdbOperation> OPERATIONS = List.of(
        new OvsdbInsert("Bridge", new OvsdbRow(Map.of("name", OvsdbAtom.of("br0")))),
        new OvsdbSelect("Bridge", List.of(OvsdbCondition.nameIs("br0"))),
        new OvsdbDelete("Port", List.of()),
        new OvsdbComment("x"));

    private static OvsdbTransactResult decode(final String json) throws OvsdbProtocolException {
        return OvsdbTransactDecoder.decode(tree(json), OPERATIONS, VswitchSchema.schema());
    }

    private static JsonNode tree(final String json) {
        try {
            return MAPPER.readTree(json.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void decodesSuccessesByKind() throws OvsdbProtocolException {
        final var result = decode("[{'uuid':['uuid','" + UUID_TEXT + "']},"
            + "{'rows':[{'name':'br0','_uuid':['uuid','" + UUID_TEXT + "'],'fail_mode':['set',[]]}]},"
            + "{'count':2},{}]");
        assertTrue(result.isSuccess());
        assertEquals(UUID.fromString(UUID_TEXT), result.insertedUuid(0));
        assertEquals(new OvsdbOperationResult.Selected(List.of(new OvsdbRow(Map.of("name", OvsdbAtom.of("br0"),
            "_uuid", OvsdbAtom.of(UUID.fromString(UUID_TEXT)), "fail_mode", OvsdbSet.empty())))),
            result.results().get(1));
        assertEquals(new OvsdbOperationResult.Counted(2), result.results().get(2));
        assertEquals(new OvsdbOperationResult.Done(), result.results().get(3));
    }

    @Test
    void failedOperationHasItsIndex() throws OvsdbProtocolException {
        final var result = decode("[{'uuid':['uuid','" + UUID_TEXT + "']},"
            + "{'error':'constraint violation','details':'no such thing','syntax':'...'},null,null]");
        assertFalse(result.isSuccess());
        assertEquals(Optional.of(new OvsdbTransactResult.Failure(1,
            new OvsdbError("constraint violation", Optional.of("no such thing")))), result.failure());
        assertEquals(new OvsdbOperationResult.NotExecuted(), result.results().get(3));
        assertEquals("operation 1 failed: constraint violation: no such thing",
            result.failure().orElseThrow().toString());
    }

    @Test
    void failedCommitIsTheExtraElement() throws OvsdbProtocolException {
        final var result = decode("[{'uuid':['uuid','" + UUID_TEXT + "']},{'rows':[]},{'count':0},{},"
            + "{'error':'referential integrity violation'}]");
        assertEquals(Optional.of(OvsdbError.of("referential integrity violation")), result.commitError());
        assertEquals(4, result.failure().orElseThrow().index());
    }

    @Test
    void rejectsWrongNumberOfResults() {
        assertRejected("[{}]", "a transact result of 4 operations has 1 elements");
    }

    @Test
    void rejectsNullBeforeAnyError() {
        assertRejected("[null,null,null,null]", "result 0 (insert): null before any operation failed");
    }

    @Test
    void rejectsResultAfterError() {
        assertRejected("[{'error':'e'},{'rows':[]},null,null]", "result 1 (select): a result after a failed");
    }

    @Test
    void rejectsBadRowsAndUuids() {
        assertRejected("[{'uuid':'x'},{'rows':[]},{'count':0},{}]", "result 0 (insert): expected [\"uuid\"");
        assertRejected("[{'uuid':['uuid','" + UUID_TEXT + "']},{'rows':[{'nope':1}]},{'count':0},{}]",
            "result 1 (select): table Bridge has no column \"nope\"");
        assertRejected("[{'uuid':['uuid','" + UUID_TEXT + "']},{'rows':[]},{'count':'many'},{}]",
            "result 2 (delete): count must be a 64-bit integer");
    }

    private static void assertRejected(final String json, final String reason) {
        final var e = assertThrows(OvsdbProtocolException.class, () -> decode(json));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
