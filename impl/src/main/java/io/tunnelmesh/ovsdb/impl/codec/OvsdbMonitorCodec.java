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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorSince;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbUpdate3;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Monitor requests and the updates monitors deliver: RFC 7047 sections 4.1.5 and 4.1.6 ({@code monitor},
 * <code>&lt;table-updates&gt;</code>) and Open vSwitch's extensions in {@code ovsdb-server(7)} ({@code monitor_cond},
 * {@code monitor_cond_since}, <code>&lt;table-updates2&gt;</code>, {@code update3}):
 * <pre>
 *   &lt;table-updates&gt;   {&lt;table&gt;: {&lt;uuid&gt;: {"old": &lt;row&gt;, "new": &lt;row&gt;}}}
 *   &lt;table-updates2&gt;  {&lt;table&gt;: {&lt;uuid&gt;: {"initial" | "insert" | "modify": &lt;row&gt;}
 *                                        | {"delete": null}}}
 *   monitor_cond_since reply   [&lt;found&gt;, &lt;last-txn-id&gt;, &lt;table-updates2&gt;]
 *   update3 params             [&lt;monitor-id&gt;, &lt;last-txn-id&gt;, &lt;table-updates2&gt;]
 * </pre>
 * Rows are decoded against their table's schema; the rows of {@code "modify"} as diffs.
 */
public final class OvsdbMonitorCodec {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OvsdbMonitorCodec() {
        // static codec only
    }

    /**
     * Encodes {@code <monitor-requests>}: one request per table as an object, several as an array.
     *
     * @param requests the requests
     * @param conditional whether to include {@code where} ({@code monitor_cond}, {@code monitor_cond_since})
     * @return the object mapping table names to requests
     */
    public static ObjectNode encodeRequests(final List<OvsdbMonitorRequest> requests, final boolean conditional) {
        final var byTable = JSON.objectNode();
        for (var request : requests) {
            final var json = JSON.objectNode();
            if (!request.columns().isEmpty()) {
                json.set("columns", OvsdbOperationEncoder.strings(request.columns()));
            }
            final var select = json.putObject("select");
            for (var kind : OvsdbMonitorRequest.Select.values()) {
                select.put(kind.jsonName(), request.select().contains(kind));
            }
            if (conditional && !request.where().isEmpty()) {
                json.set("where", OvsdbOperationEncoder.encodeWhere(request.where()));
            }
            final var existing = byTable.get(request.table());
            if (existing == null) {
                byTable.set(request.table(), json);
            } else if (existing.isArray()) {
                byTable.withArray(request.table()).add(json);
            } else {
                byTable.putArray(request.table()).add(existing).add(json);
            }
        }
        return byTable;
    }

    /**
     * Encodes the <code>&lt;monitor-cond-update-requests&gt;</code> of {@code monitor_cond_change}
     * ({@code ovsdb-server(7)}): per table, an array of one request holding only {@code where}, as
     * {@code ovsdb-idl} sends it; an empty list of conditions is sent as an empty {@code where}, every row.
     *
     * @param where the new conditions by table
     * @return the object
     */
    public static ObjectNode encodeConditionChanges(final Map<String, List<OvsdbCondition>> where) {
        final var byTable = JSON.objectNode();
        where.forEach((table, conditions) -> byTable.putArray(table).addObject()
            .set("where", OvsdbOperationEncoder.encodeWhere(conditions)));
        return byTable;
    }

    /**
     * Decodes <code>&lt;table-updates&gt;</code>.
     *
     * @param json the object
     * @param schema the database's schema
     * @return the updates
     * @throws OvsdbProtocolException if the JSON is not table updates of the schema
     */
    public static OvsdbTableUpdates decodeUpdates(final JsonNode json, final OvsdbDatabaseSchema schema)
            throws OvsdbProtocolException {
        final var tables = new HashMap<String, Map<UUID, OvsdbRowUpdate>>();
        for (var table : JsonShape.object(json, "<table-updates>").properties()) {
            final var tableSchema = table(schema, table.getKey());
            final var rows = new HashMap<UUID, OvsdbRowUpdate>();
            for (var row : JsonShape.object(table.getValue(), "<table-update>").properties()) {
                JsonShape.object(row.getValue(), "<row-update>");
                rows.put(uuid(row.getKey()), new OvsdbRowUpdate(optionalRow(row.getValue().get("old"), tableSchema),
                    optionalRow(row.getValue().get("new"), tableSchema)));
            }
            tables.put(table.getKey(), rows);
        }
        return new OvsdbTableUpdates(tables);
    }

    /**
     * Decodes <code>&lt;table-updates2&gt;</code>.
     *
     * @param json the object
     * @param schema the database's schema
     * @return the updates
     * @throws OvsdbProtocolException if the JSON is not table updates of the schema
     */
    public static OvsdbTableUpdates2 decodeUpdates2(final JsonNode json, final OvsdbDatabaseSchema schema)
            throws OvsdbProtocolException {
        final var tables = new HashMap<String, Map<UUID, OvsdbRowUpdate2>>();
        for (var table : JsonShape.object(json, "<table-updates2>").properties()) {
            final var tableSchema = table(schema, table.getKey());
            final var rows = new HashMap<UUID, OvsdbRowUpdate2>();
            for (var row : JsonShape.object(table.getValue(), "<table-update2>").properties()) {
                rows.put(uuid(row.getKey()), decodeRowUpdate2(row.getValue(), tableSchema));
            }
            tables.put(table.getKey(), rows);
        }
        return new OvsdbTableUpdates2(tables);
    }

    /**
     * Decodes the reply to {@code monitor_cond_since}.
     *
     * @param json <code>[&lt;found&gt;, &lt;last-txn-id&gt;, &lt;table-updates2&gt;]</code>
     * @param schema the database's schema
     * @return the reply
     * @throws OvsdbProtocolException if the JSON is not such a reply
     */
    public static OvsdbMonitorSince decodeSince(final JsonNode json, final OvsdbDatabaseSchema schema)
            throws OvsdbProtocolException {
        if (!json.isArray() || json.size() != 3 || !json.get(0).isBoolean()) {
            throw new OvsdbProtocolException("a monitor_cond_since reply must be [<found>, <last-txn-id>, "
                + "<table-updates2>], not " + brief(json));
        }
        return new OvsdbMonitorSince(json.get(0).booleanValue(),
            uuid(JsonShape.text(json.get(1), "last-txn-id")), decodeUpdates2(json.get(2), schema));
    }

    /**
     * Decodes the params of an {@code update3} notification after the monitor id.
     *
     * @param lastTransactionId the second param
     * @param updates the third param
     * @param schema the database's schema
     * @return the update
     * @throws OvsdbProtocolException if the params are not an update3's
     */
    public static OvsdbUpdate3 decodeUpdate3(final JsonNode lastTransactionId, final JsonNode updates,
            final OvsdbDatabaseSchema schema) throws OvsdbProtocolException {
        return new OvsdbUpdate3(uuid(JsonShape.text(lastTransactionId, "last-txn-id")),
            decodeUpdates2(updates, schema));
    }

    private static OvsdbRowUpdate2 decodeRowUpdate2(final JsonNode json, final OvsdbTableSchema table)
            throws OvsdbProtocolException {
        JsonShape.object(json, "<row-update2>");
        if (json.size() != 1) {
            throw new OvsdbProtocolException("a <row-update2> has exactly one member, not " + brief(json));
        }
        final var member = json.properties().iterator().next();
        final var row = member.getValue();
        return switch (member.getKey()) {
            case "initial" -> new OvsdbRowUpdate2.Initial(OvsdbNotationDecoder.decodeRow(row, table));
            case "insert" -> new OvsdbRowUpdate2.Insert(OvsdbNotationDecoder.decodeRow(row, table));
            case "modify" -> new OvsdbRowUpdate2.Modify(OvsdbNotationDecoder.decodeRow(row, table, true));
            case "delete" -> new OvsdbRowUpdate2.Delete();
            default -> throw new OvsdbProtocolException("unknown <row-update2> member \"" + member.getKey() + "\"");
        };
    }

    private static Optional<OvsdbRow> optionalRow(final JsonNode json, final OvsdbTableSchema table)
            throws OvsdbProtocolException {
        return json == null || json.isNull() ? Optional.empty()
            : Optional.of(OvsdbNotationDecoder.decodeRow(json, table));
    }

    private static OvsdbTableSchema table(final OvsdbDatabaseSchema schema, final String table)
            throws OvsdbProtocolException {
        return schema.table(table).orElseThrow(() -> new OvsdbProtocolException("updates of table " + table
            + ", which database " + schema.name() + " does not have"));
    }

    private static UUID uuid(final String text) throws OvsdbProtocolException {
        return JsonShape.uuid(text);
    }
}
