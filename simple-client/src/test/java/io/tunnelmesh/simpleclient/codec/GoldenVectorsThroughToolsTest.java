/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.impl.GoldenMessage;
import io.tunnelmesh.openflow.impl.GoldenMessages;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every golden vector of the library's codec tests (OpenFlow 1.3 and 1.0, Nicira fields, actions and messages, ONF
 * bundles, most captured from Open vSwitch) through both tools in one input each: {@code reencode} gives every
 * vector's bytes back, {@code decode} gives JSON that parses (duplicate keys refused) with the right version, type
 * and xid, names every action, instruction and match field, and leaks nothing of the Java model.
 */
@ExtendWith(NettyLeakDetection.class)
class GoldenVectorsThroughToolsTest {
    private static final OfCodecRegistry REGISTRY = OpenFlowCodecs.standard();
    /** Message type names by header type, written from OpenFlow 1.3.5 section 7.1 and 1.0.0 section 5.1. */
    private static final Map<Integer, String> V13_TYPES = names("""
        0 HELLO 1 ERROR 2 ECHO_REQUEST 3 ECHO_REPLY 4 EXPERIMENTER 5 FEATURES_REQUEST 6 FEATURES_REPLY
        7 GET_CONFIG_REQUEST 8 GET_CONFIG_REPLY 9 SET_CONFIG 10 PACKET_IN 11 FLOW_REMOVED 12 PORT_STATUS
        13 PACKET_OUT 14 FLOW_MOD 15 GROUP_MOD 16 PORT_MOD 17 TABLE_MOD 18 MULTIPART_REQUEST 19 MULTIPART_REPLY
        20 BARRIER_REQUEST 21 BARRIER_REPLY 22 QUEUE_GET_CONFIG_REQUEST 23 QUEUE_GET_CONFIG_REPLY 24 ROLE_REQUEST
        25 ROLE_REPLY 26 GET_ASYNC_REQUEST 27 GET_ASYNC_REPLY 28 SET_ASYNC 29 METER_MOD""");
    private static final Map<Integer, String> V10_TYPES = names("""
        0 HELLO 1 ERROR 2 ECHO_REQUEST 3 ECHO_REPLY 4 VENDOR 5 FEATURES_REQUEST 6 FEATURES_REPLY
        7 GET_CONFIG_REQUEST 8 GET_CONFIG_REPLY 9 SET_CONFIG 10 PACKET_IN 11 FLOW_REMOVED 12 PORT_STATUS
        13 PACKET_OUT 14 FLOW_MOD 15 PORT_MOD 16 STATS_REQUEST 17 STATS_REPLY 18 BARRIER_REQUEST 19 BARRIER_REPLY
        20 QUEUE_GET_CONFIG_REQUEST 21 QUEUE_GET_CONFIG_REPLY""");
    /** Open vSwitch's names of the Nicira and ONF messages, by experimenter and exp_type. */
    private static final Map<String, String> EXPERIMENTER_TYPES = Map.of("8992/24", "NXT_TLV_TABLE_MOD",
        "8992/25", "NXT_TLV_TABLE_REQUEST", "8992/26", "NXT_TLV_TABLE_REPLY", "1330529792/2300", "ONFT_BUNDLE_CONTROL",
        "1330529792/2301", "ONFT_BUNDLE_ADD_MESSAGE");
    /** What a model class name or a Java toString would look like in the output. */
    private static final Pattern JAVA_LEFTOVER = Pattern.compile("\\b(Of|Oxm|Nx|Onf)[0-9]*[A-Z][A-Za-z0-9]*|\\w+\\[|@");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

    @Test
    void reencodeGivesEveryVectorBackByteForByte() throws IOException {
        final var vectors = GoldenMessages.all();
        assertTrue(vectors.size() >= 240, "vectors went missing: " + vectors.size());
        final var input = vectors.stream().map(vector -> vector.wire().toHex()).collect(Collectors.joining("\n"));
        final var out = new StringWriter();
        assertTrue(new CodecLines(REGISTRY, CodecLines.Mode.REENCODE).process(new StringReader(input), out),
            out::toString);
        assertEquals(input + "\n", out.toString());
    }

    @Test
    void decodeNamesEveryVector() throws IOException {
        final var vectors = GoldenMessages.all();
        final var input = vectors.stream().map(vector -> vector.wire().toHex()).collect(Collectors.joining("\n"));
        final var out = new StringWriter();
        assertTrue(new CodecLines(REGISTRY, CodecLines.Mode.DECODE).process(new StringReader(input), out),
            out::toString);
        final var lines = out.toString().split("\n");
        assertEquals(vectors.size(), lines.length);
        final Set<String> typesSeen = new TreeSet<>();
        for (int i = 0; i < lines.length; i++) {
            final var vector = vectors.get(i);
            final var line = lines[i];
            final var json = OfJsonWriterTest.JSON.readTree(line);
            assertInstanceOf(ObjectNode.class, json, line);
            OfJsonWriterTest.assertHeader(json, vector.wire().get(0) == 1 ? "1.0" : "1.3", expectedType(vector),
                xid(vector));
            assertFalse(JAVA_LEFTOVER.matcher(line).find(), () -> vector + ": " + line);
            assertTypesNamed(json, vector);
            typesSeen.add(json.get("type").asText());
        }
        // every message type of both versions, and every modelled experimenter message
        final Set<String> allTypes = new TreeSet<>(EXPERIMENTER_TYPES.values());
        V13_TYPES.values().forEach(name -> allTypes.add("OFPT_" + name));
        V10_TYPES.values().forEach(name -> allTypes.add("OFPT_" + name));
        assertEquals(allTypes, typesSeen);
    }

    @Test
    void everyRegisteredCodecHasAName() {
        final List<String> missing = new ArrayList<>();
        for (OfActionCodec<?> codec : REGISTRY.actionCodecs()) {
            final var key = codec.key();
            final Object name = key.isExperimenter() ? OfTypeNames.experimenterAction(key.experimenter(),
                key.subtype()) : OfTypeNames.v13Action(key.type());
            if (!(name instanceof String text) || !NAME.matcher(text).matches()) {
                missing.add(codec.toString());
            }
        }
        final Set<String> fieldNames = new HashSet<>();
        for (OxmFieldCodec<?> codec : REGISTRY.fieldCodecs()) {
            final var name = OxmFieldNames.name(codec.key());
            if (name == null) {
                missing.add(codec.toString());
            } else {
                fieldNames.add(name);
            }
        }
        for (OfExperimenterMessageCodec<?> codec : REGISTRY.experimenterCodecs()) {
            if (OfTypeNames.experimenterMessage(codec.experimenter(), codec.expType()) == null) {
                missing.add(codec.toString());
            }
        }
        for (var codec : REGISTRY.codecs()) {
            final Object name = OfVersion.OF10.equals(codec.version()) ? OfTypeNames.v10Message(codec.type())
                : OfTypeNames.v13Message(codec.type());
            if (!(name instanceof String)) {
                missing.add(codec.toString());
            }
        }
        assertEquals(List.of(), missing);
        // OXM_OF_TUNNEL_ID and NXM_NX_TUN_ID are both tun_id; every other registered field has a name of its own
        assertEquals(REGISTRY.fieldCodecs().size() - 1, fieldNames.size());
    }

    /**
     * The {@code type} of every action, instruction and property is a specification name ({@code OFPAT_OUTPUT}) or,
     * for the shapes the wire does not name ({@code learn} specs, {@code ct} zones), a lowercase one; a number only
     * for the unknown codes some hand-built vectors carry on purpose.
     */
    private static void assertTypesNamed(final JsonNode json, final GoldenMessage vector) {
        for (var field : json.properties()) {
            final var value = field.getValue();
            if ("type".equals(field.getKey()) && value.isNumber()) {
                assertTrue(vector.message().toString().contains("Unknown"), () -> vector + ": type " + value);
            } else if ("type".equals(field.getKey())) {
                final var text = value.asText();
                assertTrue(NAME.matcher(text).matches() || text.matches("[a-z]+(_[a-z]+)*"), vector + ": " + text);
            }
            if (value.isContainerNode()) {
                assertTypesNamed(value, vector);
            }
        }
        if (json.isArray()) {
            json.forEach(element -> assertTypesNamed(element, vector));
        }
    }

    private static String expectedType(final GoldenMessage vector) {
        final var wire = vector.wire();
        final int type = wire.get(1);
        if (wire.get(0) == 1) {
            return "OFPT_" + V10_TYPES.get(type);
        }
        if (type == 4 && wire.length() >= 16) {
            final long experimenter = (long) wire.get(8) << 24 | wire.get(9) << 16 | wire.get(10) << 8 | wire.get(11);
            final long expType = (long) wire.get(12) << 24 | wire.get(13) << 16 | wire.get(14) << 8 | wire.get(15);
            final var name = EXPERIMENTER_TYPES.get(experimenter + "/" + expType);
            if (name != null) {
                return name;
            }
        }
        return "OFPT_" + assertNotNullType(V13_TYPES.get(type), vector);
    }

    private static String assertNotNullType(final String name, final GoldenMessage vector) {
        assertNotNull(name, vector::toString);
        return name;
    }

    private static long xid(final GoldenMessage vector) {
        final var wire = vector.wire();
        return (long) wire.get(4) << 24 | wire.get(5) << 16 | wire.get(6) << 8 | wire.get(7);
    }

    private static Map<Integer, String> names(final String table) {
        final var words = table.trim().split("\\s+");
        final var names = new HashMap<Integer, String>();
        for (int i = 0; i < words.length; i += 2) {
            names.put(Integer.parseInt(words[i]), words[i + 1]);
        }
        return Map.copyOf(names);
    }
}
