/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Every operation of RFC 7047 section 5.2 encodes to the JSON the RFC shows, and a {@code transact}'s params lead with
 * the database name (section 4.1.3).
 */
class OvsdbOperationEncoderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static void assertEncodes(final String json, final OvsdbOperation operation) {
        try {
            // through text, so that integers compare by value whatever node class holds them
            assertEquals(MAPPER.readTree(json.replace('\'', '"')),
                MAPPER.readTree(OvsdbOperationEncoder.encode(operation).toString()));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void insertWithUuidName() {
        assertEncodes("{'op':'insert','table':'Port','row':{'name':'p1','interfaces':['set',[['named-uuid','i1']]]},"
            + "'uuid-name':'p1'}", new OvsdbInsert("Port", new OvsdbRow(Map.of("name", OvsdbAtom.of("p1"),
                "interfaces", OvsdbSet.of(new OvsdbNamedUuid("i1")))), "p1"));
        assertEncodes("{'op':'insert','table':'Port','row':{}}", new OvsdbInsert("Port", OvsdbRow.empty()));
    }

    @Test
    void selectWithColumns() {
        assertEncodes("{'op':'select','table':'Interface','where':[['name','==','vx0']],'columns':['ofport','error']}",
            new OvsdbSelect("Interface", List.of(OvsdbCondition.nameIs("vx0")),
                Optional.of(List.of("ofport", "error"))));
        assertEncodes("{'op':'select','table':'Bridge','where':[]}", new OvsdbSelect("Bridge", List.of()));
    }

    @Test
    void update() {
        assertEncodes("{'op':'update','table':'Bridge','where':[['name','==','br-int']],"
            + "'row':{'fail_mode':['set',['secure']]}}", new OvsdbUpdate("Bridge",
                List.of(OvsdbCondition.nameIs("br-int")),
                new OvsdbRow(Map.of("fail_mode", OvsdbSet.of(OvsdbAtom.of("secure"))))));
    }

    @Test
    void mutate() {
        assertEncodes("{'op':'mutate','table':'Bridge','where':[],'mutations':["
            + "['external_ids','insert',['map',[['k','v']]]],['ports','delete',['set',[]]],['flood_vlans','+=',1]]}",
            new OvsdbMutate("Bridge", List.of(), List.of(
                OvsdbMutation.insert("external_ids", OvsdbMap.ofStrings(Map.of("k", "v"))),
                OvsdbMutation.delete("ports", OvsdbSet.empty()),
                new OvsdbMutation("flood_vlans", OvsdbMutation.Mutator.ADD, OvsdbAtom.of(1)))));
    }

    @Test
    void delete() {
        assertEncodes("{'op':'delete','table':'Port','where':[['tag','>=',5],['trunks','includes',['set',[7]]]]}",
            new OvsdbDelete("Port", List.of(
                new OvsdbCondition("tag", OvsdbCondition.Function.GREATER_OR_EQUAL, OvsdbAtom.of(5)),
                new OvsdbCondition("trunks", OvsdbCondition.Function.INCLUDES, OvsdbSet.of(OvsdbAtom.of(7))))));
    }

    @Test
    void waitWithAndWithoutTimeout() {
        assertEncodes("{'op':'wait','timeout':0,'table':'Bridge','where':[['name','==','br0']],'columns':['name'],"
            + "'until':'==','rows':[{'name':'br0'}]}", new OvsdbWait("Bridge", OptionalLong.of(0),
                List.of(OvsdbCondition.nameIs("br0")), List.of("name"), OvsdbWait.Until.EQUAL,
                List.of(new OvsdbRow(Map.of("name", OvsdbAtom.of("br0"))))));
        assertEncodes("{'op':'wait','table':'Bridge','where':[],'columns':[],'until':'!=','rows':[]}",
            new OvsdbWait("Bridge", OptionalLong.empty(), List.of(), List.of(), OvsdbWait.Until.NOT_EQUAL,
                List.of()));
    }

    @Test
    void commitAbortCommentAssert() {
        assertEncodes("{'op':'commit','durable':true}", new OvsdbCommit(true));
        assertEncodes("{'op':'abort'}", new OvsdbAbort());
        assertEncodes("{'op':'comment','comment':'tunnelmesh: add br-int'}",
            new OvsdbComment("tunnelmesh: add br-int"));
        assertEncodes("{'op':'assert','lock':'tunnelmesh'}", new OvsdbAssert("tunnelmesh"));
    }

    @Test
    void transactParamsStartWithTheDatabase() throws JsonProcessingException {
        final JsonNode expected = MAPPER.readTree("[\"Open_vSwitch\",{\"op\":\"abort\"},{\"op\":\"comment\","
            + "\"comment\":\"x\"}]");
        assertEquals(expected, OvsdbOperationEncoder.encodeTransact("Open_vSwitch",
            List.of(new OvsdbAbort(), new OvsdbComment("x"))));
    }
}
