/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbReal;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbRealType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbStringType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import io.tunnelmesh.ovsdb.impl.OvsdbSamples;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Values of every column of the {@code Open_vSwitch} schema survive encoding and decoding; the JSON forms of RFC 7047
 * section 5.1 decode into the shape the column's type asks for; values that break the type are rejected, naming why.
 */
class OvsdbNotationDecoderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static OvsdbColumnType type(final String table, final String column) {
        return VswitchSchema.schema().table(table).orElseThrow().column(column).orElseThrow().type();
    }

    private static JsonNode json(final String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyColumnOfTheSchemaRoundTrips() throws OvsdbProtocolException {
        int columns = 0;
        for (OvsdbTableSchema table : VswitchSchema.schema().tables().values()) {
            for (var column : table.columns().values()) {
                final var value = OvsdbSamples.value(column.type());
                assertEquals(Optional.empty(), column.type().check(value), column.name());
                assertEquals(value, OvsdbNotationDecoder.decode(OvsdbNotationEncoder.encode(value), column.type()),
                    table.name() + "." + column.name());
                columns++;
            }
        }
        int declared = 0;
        for (var table : VswitchSchema.json().get("tables")) {
            declared += table.get("columns").size();
        }
        assertEquals(declared, columns);
    }

    @Test
    void everyRowOfTheSchemaRoundTrips() throws OvsdbProtocolException {
        for (OvsdbTableSchema table : VswitchSchema.schema().tables().values()) {
            final var row = OvsdbSamples.row(table);
            assertEquals(row, OvsdbNotationDecoder.decodeRow(OvsdbNotationEncoder.encodeRow(row), table));
        }
    }

    @Test
    void bareAtomInSetColumnIsSetOfOne() throws OvsdbProtocolException {
        assertEquals(OvsdbSet.of(OvsdbAtom.of("secure")),
            OvsdbNotationDecoder.decode(json("\"secure\""), type("Bridge", "fail_mode")));
        assertEquals(OvsdbSet.empty(),
            OvsdbNotationDecoder.decode(json("[\"set\",[]]"), type("Bridge", "fail_mode")));
    }

    @Test
    void decodesUuidSetsAndMaps() throws OvsdbProtocolException {
        final var uuid = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");
        assertEquals(OvsdbSet.of(OvsdbAtom.of(uuid)), OvsdbNotationDecoder.decode(
            json("[\"set\",[[\"uuid\",\"550e8400-e29b-41d4-a716-446655440000\"]]]"), type("Bridge", "ports")));
        assertEquals(OvsdbSet.of(new OvsdbNamedUuid("new_port")),
            OvsdbNotationDecoder.decode(json("[\"named-uuid\",\"new_port\"]"), type("Bridge", "ports")));
        assertEquals(OvsdbMap.ofStrings(Map.of("remote_ip", "flow", "key", "flow")), OvsdbNotationDecoder.decode(
            json("[\"map\",[[\"remote_ip\",\"flow\"],[\"key\",\"flow\"]]]"), type("Interface", "options")));
    }

    @Test
    void integerInRealColumnIsReal() throws OvsdbProtocolException {
        // the Open_vSwitch schema has no real column; RFC 7047 section 5.1 lets any JSON number be a real
        assertEquals(new OvsdbReal(3), OvsdbNotationDecoder.decodeAtom(json("3"), OvsdbRealType.ANY));
    }

    @Test
    void rejectsRealInIntegerColumn() {
        assertRejected("1.5", type("Interface", "ofport"), "must be a 64-bit integer, not 1.5");
    }

    @Test
    void rejectsIntegerBeyond64Bits() {
        assertRejected("18446744073709551616", type("Interface", "ofport"), "64-bit integer");
    }

    @Test
    void rejectsValueOutsideEnumeration() {
        assertRejected("\"bogus\"", type("Bridge", "fail_mode"), "\"bogus\"");
    }

    @Test
    void rejectsIntegerOutsideRange() {
        assertRejected("65280", type("Interface", "ofport_request"), "65280 is outside [1, 65279]");
    }

    @Test
    void rejectsTooManyElements() {
        assertRejected("[\"set\",[1,2]]", type("Interface", "ofport_request"),
            "2 elements, but the column holds 0 to 1");
    }

    @Test
    void rejectsDuplicates() {
        final var strings = OvsdbColumnType.set(OvsdbStringType.ANY, 0, OvsdbColumnType.UNLIMITED);
        assertRejected("[\"set\",[\"a\",\"a\"]]", strings, "duplicate set element");
        assertRejected("[\"map\",[[\"k\",\"1\"],[\"k\",\"2\"]]]", type("Bridge", "external_ids"),
            "duplicate map key");
    }

    @Test
    void rejectsMalformedUuids() {
        assertRejected("[\"uuid\",\"not-a-uuid\"]", type("Bridge", "ports"), "not a UUID: \"not-a-uuid\"");
        assertRejected("[\"uuid\",\"1-1-1-1-1\"]", type("Bridge", "ports"), "not a UUID: \"1-1-1-1-1\"");
        assertRejected("[\"uuid\",7]", type("Bridge", "ports"), "expected [\"uuid\", <uuid>]");
        assertRejected("[\"named-uuid\",\"9lives\"]", type("Bridge", "ports"), "not an <id>");
    }

    @Test
    void rejectsAtomInMapColumn() {
        assertRejected("\"x\"", type("Bridge", "external_ids"), "expected [\"map\", [...]]");
    }

    @Test
    void rejectsMissingRequiredAtom() {
        assertRejected("[\"set\",[]]", type("Interface", "name"), "must be a string");
    }

    @Test
    void rejectsUnknownColumnInRow() {
        final var e = assertThrows(OvsdbProtocolException.class, () -> OvsdbNotationDecoder.decodeRow(
            json("{\"name\":\"br0\",\"colour\":\"red\"}"), VswitchSchema.schema().table("Bridge").orElseThrow()));
        assertEquals("table Bridge has no column \"colour\"", e.getMessage());
    }

    @Test
    void namesTheColumnOfABadValueInARow() {
        final var e = assertThrows(OvsdbProtocolException.class, () -> OvsdbNotationDecoder.decodeRow(
            json("{\"fail_mode\":\"open\"}"), VswitchSchema.schema().table("Bridge").orElseThrow()));
        assertTrue(e.getMessage().startsWith("Bridge.fail_mode: "), e.getMessage());
    }

    private static void assertRejected(final String text, final OvsdbColumnType type, final String reason) {
        final var e = assertThrows(OvsdbProtocolException.class, () -> OvsdbNotationDecoder.decode(json(text), type));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
