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
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbUuidType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Decodes a {@code <database-schema>} (RFC 7047 section 3.2), the result of {@code get_schema} (section 4.1.2):
 * <pre>
 *   {"name": &lt;id&gt;, "version": &lt;version&gt;, "cksum": &lt;string&gt;,
 *    "tables": {&lt;id&gt;: {"columns": {&lt;id&gt;: &lt;column-schema&gt;, ...},
 *                         "maxRows": &lt;integer&gt;, "isRoot": &lt;boolean&gt;, "indexes": [&lt;column-set&gt;*]}}}
 * </pre>
 * Column types go through {@link OvsdbTypeDecoder}. Every {@code refTable} must name a table of the schema.
 */
public final class OvsdbSchemaDecoder {
    private OvsdbSchemaDecoder() {
        // static decoders only
    }

    /**
     * Decodes and checks a database schema.
     *
     * @param json the schema object
     * @return the schema
     * @throws OvsdbProtocolException if the JSON is not a schema RFC 7047 allows
     */
    public static OvsdbDatabaseSchema decode(final JsonNode json) throws OvsdbProtocolException {
        JsonShape.object(json, "a <database-schema>");
        final var name = JsonShape.text(JsonShape.member(json, "name", "a <database-schema>"), "schema name");
        final var version = JsonShape.optionalText(json, "version", "schema").orElse("");
        final var tablesJson = JsonShape.object(JsonShape.member(json, "tables", "schema " + name), "schema tables");
        final var tables = new HashMap<String, OvsdbTableSchema>();
        for (var table : tablesJson.properties()) {
            tables.put(table.getKey(), decodeTable(table.getKey(), table.getValue()));
        }
        final var schema = new OvsdbDatabaseSchema(name, version, JsonShape.optionalText(json, "cksum", "schema"),
            tables);
        checkReferences(schema);
        return schema;
    }

    private static OvsdbTableSchema decodeTable(final String name, final JsonNode json)
            throws OvsdbProtocolException {
        final var what = "table " + name;
        JsonShape.object(json, what);
        final var columns = new HashMap<String, OvsdbColumnSchema>();
        for (var column : JsonShape.object(JsonShape.member(json, "columns", what), what + " columns").properties()) {
            if (column.getKey().startsWith("_")) {
                throw new OvsdbProtocolException(what + ": column names starting with _ are reserved: "
                    + column.getKey());
            }
            columns.put(column.getKey(), decodeColumn(what + "." + column.getKey(), column.getKey(),
                column.getValue()));
        }
        final var maxRows = json.get("maxRows");
        return new OvsdbTableSchema(name, columns,
            maxRows == null ? OptionalLong.empty() : OptionalLong.of(JsonShape.integer(maxRows, what + ".maxRows")),
            JsonShape.bool(json, "isRoot", false, what), decodeIndexes(json.get("indexes"), columns, what));
    }

    private static OvsdbColumnSchema decodeColumn(final String what, final String name, final JsonNode json)
            throws OvsdbProtocolException {
        JsonShape.object(json, what);
        final OvsdbColumnType type = OvsdbTypeDecoder.decodeColumnType(JsonShape.member(json, "type", what), what);
        return new OvsdbColumnSchema(name, type, JsonShape.bool(json, "ephemeral", false, what),
            JsonShape.bool(json, "mutable", true, what));
    }

    private static List<List<String>> decodeIndexes(final JsonNode json, final Map<String, ?> columns,
            final String what) throws OvsdbProtocolException {
        if (json == null) {
            return List.of();
        }
        final var indexes = new ArrayList<List<String>>();
        for (var index : JsonShape.array(json, what + ".indexes")) {
            final var names = new ArrayList<String>();
            for (var column : JsonShape.array(index, what + " index")) {
                final var columnName = JsonShape.text(column, what + " index column");
                if (!columns.containsKey(columnName) && !columnName.startsWith("_")) {
                    throw new OvsdbProtocolException(what + " indexes unknown column " + brief(column));
                }
                names.add(columnName);
            }
            indexes.add(names);
        }
        return indexes;
    }

    private static void checkReferences(final OvsdbDatabaseSchema schema) throws OvsdbProtocolException {
        for (var table : schema.tables().values()) {
            for (var column : table.columns().values()) {
                final var type = column.type();
                final var bases = type.value().isPresent() ? List.of(type.key(), type.value().orElseThrow())
                    : List.of(type.key());
                for (var base : bases) {
                    if (base instanceof OvsdbUuidType uuid && uuid.refTable().isPresent()
                            && schema.table(uuid.refTable().orElseThrow()).isEmpty()) {
                        throw new OvsdbProtocolException(table.name() + "." + column.name()
                            + " refers to unknown table " + uuid.refTable().orElseThrow());
                    }
                }
            }
        }
    }
}
