/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Fuzzes {@link OvsdbNotationDecoder} with arbitrary JSON against every column of the real {@code Open_vSwitch}
 * schema 8.3.1: the first input byte picks the column (in a fixed order over all tables), the rest is the JSON value
 * as a server could send it. The decoder gives a value or its documented {@link OvsdbProtocolException}, never
 * another exception; a value it accepts encodes ({@link OvsdbNotationEncoder}) to JSON that decodes to an equal value
 * (RFC 7047 section 5.1 notation, round trip). The same JSON as a whole {@code <row>} of the column's table goes
 * through {@link OvsdbNotationDecoder#decodeRow} under the same rules.
 *
 * <p>The normal test run replays the committed inputs in {@code OvsdbNotationDecoderFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for real, see {@code docs/fuzzing.md}.
 */
class OvsdbNotationDecoderFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Column> COLUMNS = columns();

    private record Column(OvsdbTableSchema table, OvsdbColumnSchema column) {
    }

    @FuzzTest(maxDuration = "5m")
    void decodesAnyJsonIntoAValueOrAProtocolError(final byte[] input) {
        if (input.length == 0) {
            return;
        }
        final JsonNode json;
        try {
            json = MAPPER.readTree(new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return; // not JSON: the framer's business, not the notation's
        }
        if (json == null || json.isMissingNode()) {
            return;
        }
        final var target = COLUMNS.get((input[0] & 0xff) % COLUMNS.size());
        try {
            final var value = OvsdbNotationDecoder.decode(json, target.column().type());
            assertEquals(value, OvsdbNotationDecoder.decode(OvsdbNotationEncoder.encode(value),
                target.column().type()), "round trip of " + json + " in " + target);
        } catch (OvsdbProtocolException e) {
            // documented: not a value of the column's type
        }
        try {
            final var row = OvsdbNotationDecoder.decodeRow(json, target.table());
            assertEquals(row, OvsdbNotationDecoder.decodeRow(OvsdbNotationEncoder.encodeRow(row), target.table()),
                "round trip of row " + json + " of " + target.table().name());
        } catch (OvsdbProtocolException e) {
            // documented: not a row of the table
        }
    }

    private static List<Column> columns() {
        final var result = new ArrayList<Column>();
        final var schema = VswitchSchema.schema();
        schema.tables().values().stream().sorted(Comparator.comparing(OvsdbTableSchema::name)).forEach(table ->
            table.columns().values().stream().sorted(Comparator.comparing(OvsdbColumnSchema::name))
                .forEach(column -> result.add(new Column(table, column))));
        return List.copyOf(result);
    }
}
