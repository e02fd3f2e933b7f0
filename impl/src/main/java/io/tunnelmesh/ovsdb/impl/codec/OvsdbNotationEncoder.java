/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * Encodes values in the JSON notation of RFC 7047 section 5.1 (the inverse of {@link OvsdbNotationDecoder}). Sets
 * are always written {@code ["set", [...]]}, which every peer accepts, even for one element.
 */
public final class OvsdbNotationEncoder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OvsdbNotationEncoder() {
        // static encoders only
    }

    /**
     * Encodes a row.
     *
     * @param row the row
     * @return a {@code <row>} object
     */
    public static ObjectNode encodeRow(final OvsdbRow row) {
        final var object = JSON.objectNode();
        row.columns().forEach((column, value) -> object.set(column, encode(value)));
        return object;
    }

    /**
     * Encodes a value.
     *
     * @param value the value
     * @return its JSON
     */
    public static JsonNode encode(final OvsdbValue value) {
        return switch (value) {
            case OvsdbAtom atom -> encodeAtom(atom);
            case OvsdbSet set -> {
                final var elements = JSON.arrayNode(set.size());
                set.elements().forEach(element -> elements.add(encodeAtom(element)));
                yield tagged("set", elements);
            }
            case OvsdbMap map -> {
                final var pairs = JSON.arrayNode(map.size());
                map.entries().forEach((key, entry) -> pairs.addArray().add(encodeAtom(key)).add(encodeAtom(entry)));
                yield tagged("map", pairs);
            }
        };
    }

    /**
     * Encodes an atom.
     *
     * @param atom the atom
     * @return its JSON
     */
    public static JsonNode encodeAtom(final OvsdbAtom atom) {
        return switch (atom) {
            case OvsdbInteger integer -> JSON.numberNode(integer.value());
            case OvsdbReal real -> JSON.numberNode(real.value());
            case OvsdbBoolean bool -> JSON.booleanNode(bool.value());
            case OvsdbString string -> JSON.textNode(string.value());
            case OvsdbUuid uuid -> tagged("uuid", JSON.textNode(uuid.value().toString()));
            case OvsdbNamedUuid named -> tagged("named-uuid", JSON.textNode(named.name()));
        };
    }

    private static ArrayNode tagged(final String tag, final JsonNode content) {
        return JSON.arrayNode(2).add(tag).add(content);
    }
}
