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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbIntegerType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbRefType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbStringType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbUuidType;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real {@code Open_vSwitch} schema of OVS 3.1 decodes into the types its columns declare, and schemas RFC 7047
 * section 3.2 does not allow are rejected with the reason.
 */
class OvsdbSchemaDecoderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static OvsdbTableSchema table(final String name) {
        return VswitchSchema.schema().table(name).orElseThrow();
    }

    private static OvsdbColumnSchema column(final String table, final String column) {
        return table(table).column(column).orElseThrow();
    }

    @Test
    void decodesTheDatabase() {
        final var schema = VswitchSchema.schema();
        assertEquals("Open_vSwitch", schema.name());
        assertEquals("8.3.1", schema.version());
        assertEquals(Optional.of("3012963480 26720"), schema.checksum());
        assertEquals(19, schema.tables().size());
        assertEquals(VswitchSchema.json().get("tables").size(), schema.tables().size());
    }

    @Test
    void decodesTableProperties() {
        assertTrue(table("Open_vSwitch").root());
        assertEquals(OptionalLong.of(1), table("Open_vSwitch").maxRows());
        assertFalse(table("Bridge").root());
        assertEquals(OptionalLong.empty(), table("Bridge").maxRows());
        assertEquals(List.of(List.of("name")), table("Bridge").indexes());
        assertEquals(List.of(List.of("id", "bridge")), table("Flow_Sample_Collector_Set").indexes());
    }

    @Test
    void decodesColumnTypes() {
        assertEquals(OvsdbColumnType.set(OvsdbUuidType.strongRef("Port"), 0, OvsdbColumnType.UNLIMITED),
            column("Bridge", "ports").type());
        assertEquals(OvsdbColumnType.set(new OvsdbStringType(0, Long.MAX_VALUE,
            Set.of(OvsdbAtom.of("standalone"), OvsdbAtom.of("secure"))), 0, 1), column("Bridge", "fail_mode").type());
        assertEquals(OvsdbColumnType.set(new OvsdbIntegerType(1, 65279, Set.of()), 0, 1),
            column("Interface", "ofport_request").type());
        assertEquals(OvsdbColumnType.map(OvsdbStringType.ANY, OvsdbStringType.ANY, 0, OvsdbColumnType.UNLIMITED),
            column("Bridge", "external_ids").type());
        assertEquals(OvsdbColumnType.atom(OvsdbStringType.ANY), column("Interface", "type").type());
        assertEquals(OvsdbRefType.WEAK, ((OvsdbUuidType) column("Mirror", "select_src_port").type().key()).refType());
    }

    @Test
    void decodesColumnFlags() {
        assertTrue(column("Bridge", "datapath_id").ephemeral());
        assertFalse(column("Bridge", "name").ephemeral());
        assertFalse(column("Bridge", "name").mutable());
        assertTrue(column("Bridge", "ports").mutable());
    }

    @Test
    void everyTableHasTheImplicitColumns() {
        for (var table : VswitchSchema.schema().tables().values()) {
            assertEquals(Optional.of(OvsdbTableSchema.UUID_COLUMN), table.column("_uuid"));
            assertEquals(Optional.of(OvsdbTableSchema.VERSION_COLUMN), table.column("_version"));
        }
    }

    @Test
    void rejectsReferenceToUnknownTable() {
        final var json = (ObjectNode) VswitchSchema.json();
        json.withObject("/tables").remove("Port");
        final var e = assertThrows(OvsdbProtocolException.class, () -> OvsdbSchemaDecoder.decode(json));
        assertTrue(e.getMessage().contains("refers to unknown table Port"), e.getMessage());
    }

    @Test
    void rejectsUnknownAtomicType() {
        assertRejected("{\"name\":\"d\",\"tables\":{\"t\":{\"columns\":{\"c\":{\"type\":\"complex\"}}}}}",
            "table t.c: unknown atomic type \"complex\"");
    }

    @Test
    void rejectsMinAboveOne() {
        assertRejected("{\"name\":\"d\",\"tables\":{\"t\":{\"columns\":{\"c\":{\"type\":{\"key\":\"string\","
            + "\"min\":2,\"max\":3}}}}}}", "min 2 must be 0 or 1");
    }

    @Test
    void rejectsReservedColumnName() {
        assertRejected("{\"name\":\"d\",\"tables\":{\"t\":{\"columns\":{\"_x\":{\"type\":\"string\"}}}}}",
            "reserved: _x");
    }

    @Test
    void rejectsEnumOfTheWrongType() {
        assertRejected("{\"name\":\"d\",\"tables\":{\"t\":{\"columns\":{\"c\":{\"type\":{\"key\":{\"type\":"
            + "\"integer\",\"enum\":[\"set\",[1,\"two\"]]}}}}}}}",
            "key enum: an integer atom must be a 64-bit integer, not \"two\"");
    }

    @Test
    void rejectsMissingTables() {
        assertRejected("{\"name\":\"d\"}", "schema d lacks \"tables\"");
    }

    private static void assertRejected(final String schema, final String reason) {
        final JsonNode json;
        try {
            json = MAPPER.readTree(schema);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        final var e = assertThrows(OvsdbProtocolException.class, () -> OvsdbSchemaDecoder.decode(json));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
