/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import com.fasterxml.jackson.databind.JsonNode;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbAbort;
import io.tunnelmesh.ovsdb.api.operation.OvsdbAssert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbComment;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCommit;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbDelete;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbNotationDecoder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The server's side of the codecs: decodes the operations of a {@code transact} request (RFC 7047 section 5.2) and the
 * {@code <monitor-requests>} of section 4.1.5 into the API's values, typing every value by its column with the
 * production {@link OvsdbNotationDecoder}. Failures name the error kind Open vSwitch uses: {@code "unknown table"},
 * {@code "unknown column"}, {@code "constraint violation"} for a well-formed value its column does not allow (an
 * enum, a range, too many elements), {@code "syntax error"} for anything else.
 */
final class OvsdbRequestDecoder {
    private OvsdbRequestDecoder() {
        // static decoders only
    }

    static OvsdbOperation decodeOperation(final JsonNode json, final OvsdbDatabaseSchema schema)
            throws OvsdbOperationFailure {
        if (!json.isObject() || !json.path("op").isTextual()) {
            throw OvsdbOperationFailure.syntax("an operation must be an object with an \"op\" string");
        }
        final String op = json.get("op").textValue();
        return switch (op) {
            case "insert" -> {
                final var table = table(json, schema);
                final var uuidName = json.get("uuid-name");
                yield new OvsdbInsert(table.name(), row(json.path("row"), table, true),
                    uuidName == null ? Optional.empty() : Optional.of(text(uuidName, "uuid-name")));
            }
            case "select" -> {
                final var table = table(json, schema);
                final var columns = json.get("columns");
                yield new OvsdbSelect(table.name(), where(json, table),
                    columns == null ? Optional.empty() : Optional.of(columns(columns, table)));
            }
            case "update" -> {
                final var table = table(json, schema);
                yield new OvsdbUpdate(table.name(), where(json, table), row(json.path("row"), table, false));
            }
            case "mutate" -> {
                final var table = table(json, schema);
                yield new OvsdbMutate(table.name(), where(json, table), mutations(json.path("mutations"), table));
            }
            case "delete" -> {
                final var table = table(json, schema);
                yield new OvsdbDelete(table.name(), where(json, table));
            }
            case "wait" -> decodeWait(json, table(json, schema));
            case "commit" -> new OvsdbCommit(json.path("durable").asBoolean(false));
            case "abort" -> new OvsdbAbort();
            case "comment" -> new OvsdbComment(text(json.path("comment"), "comment"));
            case "assert" -> new OvsdbAssert(text(json.path("lock"), "lock"));
            default -> throw new OvsdbOperationFailure("unknown operation", "No operation \"" + op + "\"");
        };
    }

    private static OvsdbWait decodeWait(final JsonNode json, final OvsdbTableSchema table)
            throws OvsdbOperationFailure {
        final var timeout = json.get("timeout");
        if (timeout != null && !timeout.canConvertToLong()) {
            throw OvsdbOperationFailure.syntax("wait timeout must be an integer");
        }
        final var until = switch (json.path("until").asText()) {
            case "==" -> OvsdbWait.Until.EQUAL;
            case "!=" -> OvsdbWait.Until.NOT_EQUAL;
            default -> throw OvsdbOperationFailure.syntax("wait until must be \"==\" or \"!=\"");
        };
        final var rows = new ArrayList<OvsdbRow>();
        for (var row : array(json.path("rows"), "rows")) {
            rows.add(row(row, table, false));
        }
        return new OvsdbWait(table.name(), timeout == null ? OptionalLong.empty()
            : OptionalLong.of(timeout.longValue()), where(json, table), columns(json.path("columns"), table),
            until, rows);
    }

    static OvsdbTableSchema table(final JsonNode json, final OvsdbDatabaseSchema schema)
            throws OvsdbOperationFailure {
        final var name = text(json.path("table"), "table");
        return schema.table(name).orElseThrow(
            () -> new OvsdbOperationFailure("unknown table", "No table named " + name + "."));
    }

    private static OvsdbColumnSchema column(final OvsdbTableSchema table, final String name)
            throws OvsdbOperationFailure {
        return table.column(name).orElseThrow(() -> new OvsdbOperationFailure("unknown column",
            "No column " + name + " in table " + table.name() + "."));
    }

    private static OvsdbRow row(final JsonNode json, final OvsdbTableSchema table, final boolean insert)
            throws OvsdbOperationFailure {
        if (!json.isObject()) {
            throw OvsdbOperationFailure.syntax("a <row> must be an object");
        }
        final var columns = new HashMap<String, OvsdbValue>();
        for (var field : json.properties()) {
            final var column = column(table, field.getKey());
            if (insert && field.getKey().startsWith("_")) {
                throw OvsdbOperationFailure.syntax("cannot insert a value into column " + field.getKey());
            }
            columns.put(field.getKey(), value(field.getValue(), column.type(), table.name() + "." + column.name()));
        }
        return new OvsdbRow(columns);
    }

    static List<String> columns(final JsonNode json, final OvsdbTableSchema table) throws OvsdbOperationFailure {
        final var names = new ArrayList<String>();
        for (var name : array(json, "columns")) {
            names.add(column(table, text(name, "column")).name());
        }
        return names;
    }

    static List<OvsdbCondition> where(final JsonNode json, final OvsdbTableSchema table)
            throws OvsdbOperationFailure {
        final var conditions = new ArrayList<OvsdbCondition>();
        for (var condition : array(json.path("where"), "where")) {
            if (!condition.isArray() || condition.size() != 3) {
                throw OvsdbOperationFailure.syntax("a <condition> must be [<column>, <function>, <value>]");
            }
            final var column = column(table, text(condition.get(0), "condition column"));
            final var function = function(text(condition.get(1), "condition function"));
            final var type = switch (function) {
                case INCLUDES, EXCLUDES -> column.type().unbounded();
                case EQUAL, NOT_EQUAL -> column.type();
                default -> {
                    if (column.type().isMap() || !OvsdbBaseTypes.isNumeric(column.type().key().atomicType())) {
                        throw OvsdbOperationFailure.syntax("function " + function.symbol()
                            + " applies only to integer and real columns, not " + column.name());
                    }
                    yield column.type();
                }
            };
            conditions.add(new OvsdbCondition(column.name(), function, value(condition.get(2), type,
                table.name() + "." + column.name())));
        }
        return conditions;
    }

    private static OvsdbCondition.Function function(final String symbol) throws OvsdbOperationFailure {
        for (var function : OvsdbCondition.Function.values()) {
            if (function.symbol().equals(symbol)) {
                return function;
            }
        }
        throw OvsdbOperationFailure.syntax("unknown function " + symbol);
    }

    private static List<OvsdbMutation> mutations(final JsonNode json, final OvsdbTableSchema table)
            throws OvsdbOperationFailure {
        final var mutations = new ArrayList<OvsdbMutation>();
        for (var mutation : array(json, "mutations")) {
            if (!mutation.isArray() || mutation.size() != 3) {
                throw OvsdbOperationFailure.syntax("a <mutation> must be [<column>, <mutator>, <value>]");
            }
            final var column = column(table, text(mutation.get(0), "mutation column"));
            if (!column.mutable() || column.name().startsWith("_")) {
                throw OvsdbOperationFailure.constraint("Cannot mutate immutable column " + column.name()
                    + " in table " + table.name() + ".");
            }
            final var mutator = mutator(text(mutation.get(1), "mutator"));
            final var type = column.type();
            final String what = table.name() + "." + column.name();
            final OvsdbValue operand = switch (mutator) {
                case INSERT, DELETE -> {
                    if (type.isAtom()) {
                        throw OvsdbOperationFailure.constraint(mutator.symbol() + " on single-atom column " + what);
                    }
                    yield type.isMap() && mutator == OvsdbMutation.Mutator.DELETE && !isTagged(mutation.get(2))
                        ? value(mutation.get(2), OvsdbColumnType.set(type.key(), 0, OvsdbColumnType.UNLIMITED), what)
                        : value(mutation.get(2), type.unbounded(), what);
                }
                default -> {
                    if (type.isMap() || !OvsdbBaseTypes.isNumeric(type.key().atomicType())) {
                        throw OvsdbOperationFailure.syntax("mutator " + mutator.symbol()
                            + " applies only to integer and real columns, not " + what);
                    }
                    yield value(mutation.get(2), OvsdbColumnType.atom(OvsdbBaseTypes.any(type.key().atomicType())),
                        what);
                }
            };
            mutations.add(new OvsdbMutation(column.name(), mutator, operand));
        }
        return mutations;
    }

    private static boolean isTagged(final JsonNode json) {
        return json.isArray() && json.size() == 2 && "map".equals(json.get(0).textValue());
    }

    private static OvsdbMutation.Mutator mutator(final String symbol) throws OvsdbOperationFailure {
        for (var mutator : OvsdbMutation.Mutator.values()) {
            if (mutator.symbol().equals(symbol)) {
                return mutator;
            }
        }
        throw OvsdbOperationFailure.syntax("unknown mutator " + symbol);
    }

    /**
     * Decodes a value of a column type, telling a value the type's constraints refuse from one that is not of the
     * type at all.
     */
    private static OvsdbValue value(final JsonNode json, final OvsdbColumnType type, final String what)
            throws OvsdbOperationFailure {
        try {
            return OvsdbNotationDecoder.decode(json, type);
        } catch (OvsdbProtocolException e) {
            final var relaxed = new OvsdbColumnType(OvsdbBaseTypes.any(type.key().atomicType()),
                type.value().map(value -> OvsdbBaseTypes.any(value.atomicType())), 0, OvsdbColumnType.UNLIMITED);
            try {
                OvsdbNotationDecoder.decode(json, relaxed);
            } catch (OvsdbProtocolException notEvenRelaxed) {
                throw new OvsdbOperationFailure("syntax error", what + ": " + e.getMessage(), notEvenRelaxed);
            }
            throw new OvsdbOperationFailure("constraint violation", what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes {@code <monitor-requests>}: per table an object or an array of objects with optional {@code columns},
     * {@code select} and (for the conditional monitors) {@code where}.
     */
    static List<OvsdbMonitorRequest> decodeMonitorRequests(final JsonNode json, final OvsdbDatabaseSchema schema)
            throws OvsdbOperationFailure {
        if (!json.isObject()) {
            throw OvsdbOperationFailure.syntax("<monitor-requests> must be an object");
        }
        final var requests = new ArrayList<OvsdbMonitorRequest>();
        for (var entry : json.properties()) {
            final var table = schema.table(entry.getKey()).orElseThrow(() -> OvsdbOperationFailure.syntax(
                "no table named " + entry.getKey()));
            final Iterable<JsonNode> each = entry.getValue().isArray() ? entry.getValue() : List.of(entry.getValue());
            for (JsonNode request : each) {
                final var columns = request.has("columns") ? columns(request.get("columns"), table)
                    : List.<String>of();
                final var select = EnumSet.allOf(OvsdbMonitorRequest.Select.class);
                final var flags = request.path("select");
                select.removeIf(kind -> !flags.path(kind.jsonName()).asBoolean(true));
                requests.add(new OvsdbMonitorRequest(table.name(), columns, select,
                    request.has("where") ? where(request, table) : List.of()));
            }
        }
        return requests;
    }

    /**
     * Decodes the <code>&lt;monitor-cond-update-requests&gt;</code> of {@code monitor_cond_change}
     * ({@code ovsdb-server(7)}): per table, one request (or an array of one) whose {@code where} replaces the table's
     * conditions; no {@code where} means every row. Changing the columns is refused, as Open vSwitch refuses it.
     *
     * @param json the object
     * @param schema the database's schema
     * @return the new conditions by table
     * @throws OvsdbOperationFailure if the object is malformed
     */
    static Map<String, List<OvsdbCondition>> decodeConditionChanges(final JsonNode json,
            final OvsdbDatabaseSchema schema) throws OvsdbOperationFailure {
        if (!json.isObject()) {
            throw OvsdbOperationFailure.syntax("<monitor-cond-update-requests> must be an object");
        }
        final var changes = new LinkedHashMap<String, List<OvsdbCondition>>();
        for (var entry : json.properties()) {
            final var table = schema.table(entry.getKey()).orElseThrow(() -> OvsdbOperationFailure.syntax(
                "no table named " + entry.getKey()));
            final var request = entry.getValue().isArray() && entry.getValue().size() == 1 ? entry.getValue().get(0)
                : entry.getValue();
            if (!request.isObject()) {
                throw OvsdbOperationFailure.syntax("a <monitor-cond-update-request> must be an object");
            }
            if (request.has("columns")) {
                throw OvsdbOperationFailure.syntax("monitor_cond_change cannot change the columns of " + table.name());
            }
            changes.put(table.name(), request.has("where") ? where(request, table) : List.of());
        }
        return changes;
    }

    private static String text(final JsonNode json, final String what) throws OvsdbOperationFailure {
        if (!json.isTextual()) {
            throw OvsdbOperationFailure.syntax(what + " must be a string");
        }
        return json.textValue();
    }

    private static JsonNode array(final JsonNode json, final String what) throws OvsdbOperationFailure {
        if (!json.isArray()) {
            throw OvsdbOperationFailure.syntax(what + " must be an array");
        }
        return json;
    }
}
