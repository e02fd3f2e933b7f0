/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import static io.tunnelmesh.ovsdb.impl.codec.JsonShape.brief;

import com.fasterxml.jackson.databind.JsonNode;
import io.tunnelmesh.ovsdb.api.OvsdbError;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.operation.OvsdbDelete;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbUuidType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decodes the result of a {@code transact} request (RFC 7047 section 4.1.3) against the operations it answers: an
 * array with one element per operation, each the operation's result object, an {@code <error>} or {@code null}
 * (after an error), and possibly one more element, the commit's error:
 * <pre>
 *   [{"uuid": ["uuid", "..."]}, {"count": 1}, {"error": "constraint violation", "details": "..."}, null, null]
 *   [{"uuid": ["uuid", "..."]}, {}, {"error": "referential integrity violation", "details": "..."}]
 * </pre>
 * Selected rows are decoded and checked against the schema of their table.
 */
public final class OvsdbTransactDecoder {
    private OvsdbTransactDecoder() {
        // static decoders only
    }

    /**
     * Decodes a transaction's result.
     *
     * @param json the {@code result} member of the response
     * @param operations the operations of the request
     * @param schema the database's schema
     * @return the results
     * @throws OvsdbProtocolException if the result does not answer the operations
     */
    public static OvsdbTransactResult decode(final JsonNode json, final List<OvsdbOperation> operations,
            final OvsdbDatabaseSchema schema) throws OvsdbProtocolException {
        JsonShape.array(json, "a transact result");
        final int count = operations.size();
        if (json.size() != count && json.size() != count + 1) {
            throw new OvsdbProtocolException("a transact result of " + count + " operations has " + json.size()
                + " elements");
        }
        final var results = new ArrayList<OvsdbOperationResult>(count);
        boolean failed = false;
        for (int i = 0; i < count; i++) {
            final var element = json.get(i);
            final OvsdbOperationResult result;
            try {
                result = decodeOne(element, operations.get(i), schema, failed);
            } catch (OvsdbProtocolException e) {
                throw new OvsdbProtocolException("result " + i + " (" + operations.get(i).op() + "): "
                    + e.getMessage(), e);
            }
            failed |= result instanceof OvsdbOperationResult.Failed;
            results.add(result);
        }
        Optional<OvsdbError> commitError = Optional.empty();
        if (json.size() > count) {
            if (failed) {
                throw new OvsdbProtocolException("a transact result has a commit error after a failed operation");
            }
            commitError = Optional.of(OvsdbErrorCodec.decode(json.get(count)));
        }
        return new OvsdbTransactResult(results, commitError);
    }

    private static OvsdbOperationResult decodeOne(final JsonNode json, final OvsdbOperation operation,
            final OvsdbDatabaseSchema schema, final boolean afterFailure) throws OvsdbProtocolException {
        if (json.isNull()) {
            if (!afterFailure) {
                throw new OvsdbProtocolException("null before any operation failed");
            }
            return new OvsdbOperationResult.NotExecuted();
        }
        JsonShape.object(json, "an operation result");
        final var error = json.get("error");
        if (error != null && !error.isNull()) {
            return new OvsdbOperationResult.Failed(OvsdbErrorCodec.decode(json));
        }
        if (afterFailure) {
            throw new OvsdbProtocolException("a result after a failed operation: " + brief(json));
        }
        return switch (operation) {
            case OvsdbInsert insert -> new OvsdbOperationResult.Inserted(
                uuid(JsonShape.member(json, "uuid", "an insert result")));
            case OvsdbSelect select -> new OvsdbOperationResult.Selected(decodeRows(
                JsonShape.member(json, "rows", "a select result"), select.table(), schema));
            case OvsdbUpdate update -> counted(json);
            case OvsdbMutate mutate -> counted(json);
            case OvsdbDelete delete -> counted(json);
            default -> new OvsdbOperationResult.Done();
        };
    }

    static UUID uuid(final JsonNode json) throws OvsdbProtocolException {
        if (OvsdbNotationDecoder.decodeAtom(json, OvsdbUuidType.ANY) instanceof OvsdbUuid uuid) {
            return uuid.value();
        }
        throw new OvsdbProtocolException("expected [\"uuid\", <uuid>], not " + brief(json));
    }

    private static OvsdbOperationResult counted(final JsonNode json) throws OvsdbProtocolException {
        return new OvsdbOperationResult.Counted(JsonShape.integer(JsonShape.member(json, "count", "a count result"),
            "count"));
    }

    private static List<OvsdbRow> decodeRows(final JsonNode json, final String table,
            final OvsdbDatabaseSchema schema) throws OvsdbProtocolException {
        final var tableSchema = schema.table(table).orElseThrow(
            () -> new OvsdbProtocolException("rows of table " + table + ", which the schema does not have"));
        final var rows = new ArrayList<OvsdbRow>();
        for (var row : JsonShape.array(json, "rows")) {
            rows.add(OvsdbNotationDecoder.decodeRow(row, tableSchema));
        }
        return rows;
    }
}
