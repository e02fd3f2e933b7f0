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
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbBoolean;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbReal;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.schema.OvsdbBaseType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;

/**
 * Decodes the JSON notation of RFC 7047 section 5.1 into values, typed and checked by a column type:
 * <pre>
 *   &lt;atom&gt;  integer | real | boolean | string | ["uuid", &lt;uuid&gt;] | ["named-uuid", &lt;id&gt;]
 *   &lt;set&gt;   ["set", [&lt;atom&gt;, ...]]  |  &lt;atom&gt;  (a set of one)
 *   &lt;map&gt;   ["map", [[&lt;atom&gt;, &lt;atom&gt;], ...]]
 * </pre>
 * The column type decides between the forms (a JSON {@code 1} is an integer in an integer column and a real in a real
 * one) and normalises the result: a single-atom column gives an {@link OvsdbAtom}, any other non-map column an
 * {@link OvsdbSet}. The decoded value is then checked against the type (counts, ranges, lengths, enumerations).
 */
public final class OvsdbNotationDecoder {
    private OvsdbNotationDecoder() {
        // static decoders only
    }

    /**
     * Decodes and checks a row of a table: each member names a column of the table.
     *
     * @param json the {@code <row>} object
     * @param table the table
     * @return the row
     * @throws OvsdbProtocolException if a column is unknown or a value does not fit its column
     */
    public static OvsdbRow decodeRow(final JsonNode json, final OvsdbTableSchema table)
            throws OvsdbProtocolException {
        return decodeRow(json, table, false);
    }

    /**
     * Decodes a row of a table, with every column's count constraint lifted when {@code diff} is true: the row of an
     * {@code update2} {@code "modify"}, whose set and map values are changes rather than contents.
     *
     * @param json the {@code <row>} object
     * @param table the table
     * @param diff whether the row is a diff
     * @return the row
     * @throws OvsdbProtocolException if a column is unknown or a value does not fit its column
     */
    public static OvsdbRow decodeRow(final JsonNode json, final OvsdbTableSchema table, final boolean diff)
            throws OvsdbProtocolException {
        JsonShape.object(json, "row of " + table.name());
        final var columns = new HashMap<String, OvsdbValue>();
        for (var field : json.properties()) {
            final var column = table.column(field.getKey()).orElseThrow(() -> new OvsdbProtocolException(
                "table " + table.name() + " has no column \"" + field.getKey() + "\""));
            final var type = diff && !column.type().isAtom() ? column.type().unbounded() : column.type();
            try {
                columns.put(field.getKey(), decode(field.getValue(), type));
            } catch (OvsdbProtocolException e) {
                throw new OvsdbProtocolException(table.name() + "." + field.getKey() + ": " + e.getMessage(), e);
            }
        }
        return new OvsdbRow(columns);
    }

    /**
     * Decodes and checks a value of a column.
     *
     * @param json the {@code <value>}
     * @param type the column's type
     * @return an atom, set or map as the type's shape says
     * @throws OvsdbProtocolException if the JSON is not a value of the type
     */
    public static OvsdbValue decode(final JsonNode json, final OvsdbColumnType type) throws OvsdbProtocolException {
        final OvsdbValue value;
        if (type.isMap()) {
            value = decodeMap(json, type);
        } else if (type.isAtom()) {
            value = decodeAtom(json, type.key());
        } else {
            value = decodeSet(json, type.key());
        }
        final var problem = type.check(value);
        if (problem.isPresent()) {
            throw new OvsdbProtocolException(problem.orElseThrow());
        }
        return value;
    }

    private static OvsdbSet decodeSet(final JsonNode json, final OvsdbBaseType key) throws OvsdbProtocolException {
        if (!isTagged(json, "set")) {
            return OvsdbSet.of(decodeAtom(json, key));
        }
        final var elements = new LinkedHashSet<OvsdbAtom>();
        for (var element : JsonShape.array(json.get(1), "the elements of a <set>")) {
            if (!elements.add(decodeAtom(element, key))) {
                throw new OvsdbProtocolException("duplicate set element " + brief(element));
            }
        }
        return new OvsdbSet(elements);
    }

    private static OvsdbMap decodeMap(final JsonNode json, final OvsdbColumnType type)
            throws OvsdbProtocolException {
        if (!isTagged(json, "map")) {
            throw new OvsdbProtocolException("expected [\"map\", [...]], not " + brief(json));
        }
        final var valueType = type.value().orElseThrow();
        final var entries = new LinkedHashMap<OvsdbAtom, OvsdbAtom>();
        for (var pair : JsonShape.array(json.get(1), "the pairs of a <map>")) {
            if (!pair.isArray() || pair.size() != 2) {
                throw new OvsdbProtocolException("a <map> pair must be [<key>, <value>], not " + brief(pair));
            }
            final var key = decodeAtom(pair.get(0), type.key());
            if (entries.put(key, decodeAtom(pair.get(1), valueType)) != null) {
                throw new OvsdbProtocolException("duplicate map key " + brief(pair.get(0)));
            }
        }
        return new OvsdbMap(entries);
    }

    private static boolean isTagged(final JsonNode json, final String tag) {
        return json.isArray() && json.size() == 2 && tag.equals(json.get(0).textValue());
    }

    /**
     * Decodes and checks an atom of a base type.
     *
     * @param json the {@code <atom>}
     * @param type the base type
     * @return the atom
     * @throws OvsdbProtocolException if the JSON is not an atom of the type
     */
    public static OvsdbAtom decodeAtom(final JsonNode json, final OvsdbBaseType type) throws OvsdbProtocolException {
        final OvsdbAtom atom = switch (type.atomicType()) {
            case INTEGER -> new OvsdbInteger(JsonShape.integer(json, "an integer atom"));
            case REAL -> decodeReal(json);
            case BOOLEAN -> {
                if (!json.isBoolean()) {
                    throw new OvsdbProtocolException("expected a boolean, not " + brief(json));
                }
                yield OvsdbBoolean.of(json.booleanValue());
            }
            case STRING -> new OvsdbString(JsonShape.text(json, "a string atom"));
            case UUID -> decodeUuid(json);
        };
        final var problem = type.check(atom);
        if (problem.isPresent()) {
            throw new OvsdbProtocolException(problem.orElseThrow());
        }
        return atom;
    }

    private static OvsdbReal decodeReal(final JsonNode json) throws OvsdbProtocolException {
        if (!json.isNumber() || !Double.isFinite(json.doubleValue())) {
            throw new OvsdbProtocolException("expected a finite real, not " + brief(json));
        }
        return new OvsdbReal(json.doubleValue());
    }

    private static OvsdbAtom decodeUuid(final JsonNode json) throws OvsdbProtocolException {
        if (json.isArray() && json.size() == 2 && json.get(1).isTextual()) {
            final String text = json.get(1).textValue();
            if ("uuid".equals(json.get(0).textValue())) {
                return new OvsdbUuid(JsonShape.uuid(text));
            }
            if ("named-uuid".equals(json.get(0).textValue())) {
                try {
                    return new OvsdbNamedUuid(text);
                } catch (IllegalArgumentException e) {
                    throw new OvsdbProtocolException(e.getMessage(), e);
                }
            }
        }
        throw new OvsdbProtocolException("expected [\"uuid\", <uuid>] or [\"named-uuid\", <id>], not " + brief(json));
    }
}
