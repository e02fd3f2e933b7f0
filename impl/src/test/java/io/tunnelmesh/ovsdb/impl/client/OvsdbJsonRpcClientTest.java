/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.embedded.EmbeddedChannel;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.ovsdb.api.OvsdbLockListener;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbUpdate3;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPeer;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client over a scripted server on an {@link EmbeddedChannel}: what it sends for each method, how it routes
 * {@code update}, {@code update2}, {@code update3}, {@code locked} and {@code stolen} to the right listener, and that
 * notifications for unknown monitors and results that do not decode are refused without breaking the connection.
 */
@ExtendWith(NettyLeakDetection.class)
class OvsdbJsonRpcClientTest {
    private static final String ROW = "550e8400-e29b-41d4-a716-446655440000";

    private final OvsdbNotificationRouter router = new OvsdbNotificationRouter();
    private final JsonRpcEndpoint endpoint = new JsonRpcEndpoint(Duration.ofSeconds(5), router);
    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final JsonRpcPeer peer = new JsonRpcPeer(channel);
    private final OvsdbJsonRpcClient client;

    OvsdbJsonRpcClientTest() {
        JsonRpcPipelineStage.addStages(channel.pipeline(), 1 << 20, endpoint);
        client = new OvsdbJsonRpcClient(endpoint, router);
    }

    private static JsonNode tree(final String json) {
        return JsonRpcPeer.tree(json);
    }

    private void receive(final String json) {
        peer.send(json);
    }

    private JsonNode sent() {
        return peer.received();
    }

    @Test
    void monitorRoutesUpdatesToItsListener() throws Exception {
        final var updates = new ArrayList<OvsdbTableUpdates>();
        final var started = client.monitor(VswitchSchema.schema(), List.of(OvsdbMonitorRequest.of("Bridge", "name")),
            updates::add);
        assertEquals(tree("{'method':'monitor','id':1,'params':['Open_vSwitch','tm-1',{'Bridge':{'columns':['name'],"
            + "'select':{'initial':true,'insert':true,'delete':true,'modify':true}}}]}"), sent());
        receive("{'id':1,'error':null,'result':{'Bridge':{'" + ROW + "':{'new':{'name':'br0'}}}}}");
        final var row = new OvsdbRow(Map.of("name", OvsdbAtom.of("br0")));
        assertEquals(new OvsdbRowUpdate(Optional.empty(), Optional.of(row)),
            started.get().initial().tables().get("Bridge").get(UUID.fromString(ROW)));
        receive("{'method':'update','id':null,'params':['tm-1',{'Bridge':{'" + ROW + "':{'old':{'name':'br0'}}}}]}");
        assertEquals(List.of(new OvsdbTableUpdates(Map.of("Bridge", Map.of(UUID.fromString(ROW),
            new OvsdbRowUpdate(Optional.of(row), Optional.empty()))))), updates);
        assertFalse(channel.finish());
    }

    @Test
    void monitorCondDecodesDiffsLargerThanTheColumn() throws Exception {
        final var updates = new ArrayList<OvsdbTableUpdates2>();
        client.monitorCond(VswitchSchema.schema(), List.of(OvsdbMonitorRequest.of("Bridge", "fail_mode")
            .where(List.of(OvsdbCondition.nameIs("br0")))), updates::add);
        assertEquals(tree("['Open_vSwitch','tm-1',{'Bridge':{'columns':['fail_mode'],'select':{'initial':true,"
            + "'insert':true,'delete':true,'modify':true},'where':[['name','==','br0']]}}]"), sent().get("params"));
        receive("{'id':1,'error':null,'result':{}}");
        // fail_mode holds at most one value; its diff from "standalone" to "secure" names both
        receive("{'method':'update2','id':null,'params':['tm-1',{'Bridge':{'" + ROW + "':{'modify':"
            + "{'fail_mode':['set',['standalone','secure']]}}}}]}");
        assertEquals(new OvsdbRowUpdate2.Modify(new OvsdbRow(Map.of("fail_mode",
            OvsdbSet.of(OvsdbAtom.of("standalone"), OvsdbAtom.of("secure"))))),
            updates.get(0).tables().get("Bridge").get(UUID.fromString(ROW)));
        assertFalse(channel.finish());
    }

    @Test
    void monitorCondSinceSendsTheLastTransactionAndRoutesUpdate3() throws Exception {
        final var updates = new ArrayList<OvsdbUpdate3>();
        final var txn = UUID.fromString("11111111-2222-3333-4444-555555555555");
        final var started = client.monitorCondSince(VswitchSchema.schema(),
            List.of(OvsdbMonitorRequest.of("Interface", "ofport")), Optional.of(txn), updates::add);
        assertEquals(tree("'" + txn + "'"), sent().get("params").get(3));
        receive("{'id':1,'error':null,'result':[true,'" + txn + "',{}]}");
        assertTrue(started.get().initial().found());
        receive("{'method':'update3','id':null,'params':['tm-1','" + ROW + "',{'Interface':{'" + ROW
            + "':{'delete':null}}}]}");
        assertEquals(new OvsdbUpdate3(UUID.fromString(ROW), new OvsdbTableUpdates2(Map.of("Interface",
            Map.of(UUID.fromString(ROW), new OvsdbRowUpdate2.Delete())))), updates.get(0));
        assertFalse(channel.finish());
    }

    @Test
    void notificationsForUnknownMonitorsOrOfTheWrongKindAreDropped() {
        final var updates = new ArrayList<OvsdbTableUpdates>();
        client.monitor(VswitchSchema.schema(), List.of(OvsdbMonitorRequest.of("Bridge")), updates::add);
        sent();
        receive("{'id':1,'error':null,'result':{}}");
        receive("{'method':'update','id':null,'params':['tm-99',{}]}");
        receive("{'method':'update2','id':null,'params':['tm-1',{}]}");
        receive("{'method':'update','id':null,'params':['tm-1',{'Bridge':{'" + ROW + "':{'new':{'colour':1}}}}]}");
        receive("{'method':'locked','id':null,'params':['nobody']}");
        assertEquals(List.of(), updates);
        assertTrue(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void failedMonitorRequestUnregistersTheMonitor() {
        final var updates = new ArrayList<OvsdbTableUpdates>();
        final var started = client.monitor(VswitchSchema.schema(), List.of(OvsdbMonitorRequest.of("Bridge")),
            updates::add);
        sent();
        receive("{'id':1,'result':null,'error':{'error':'unknown table'}}");
        assertThrows(ExecutionException.class, started::get);
        receive("{'method':'update','id':null,'params':['tm-1',{}]}");
        assertEquals(List.of(), updates);
        assertFalse(channel.finish());
    }

    @Test
    void lockNotificationsReachTheLocksListener() throws Exception {
        final var events = new ArrayList<String>();
        final var locked = client.lock("l", new OvsdbLockListener() {
            @Override
            public void locked(final String lockId) {
                events.add("locked " + lockId);
            }

            @Override
            public void stolen(final String lockId) {
                events.add("stolen " + lockId);
            }
        });
        assertEquals(tree("{'method':'lock','params':['l'],'id':1}"), sent());
        receive("{'id':1,'error':null,'result':{'locked':false}}");
        assertFalse(locked.get());
        receive("{'method':'locked','id':null,'params':['l']}");
        receive("{'method':'stolen','id':null,'params':['l']}");
        assertEquals(List.of("locked l", "stolen l"), events);
        assertFalse(channel.finish());
    }

    @Test
    void resultThatDoesNotDecodeFailsWithProtocolException() {
        final var dbs = client.listDbs();
        sent();
        receive("{'id':1,'error':null,'result':['Open_vSwitch',7]}");
        final var e = assertThrows(ExecutionException.class, dbs::get);
        assertEquals("list_dbs: list_dbs result holds a non-string: 7",
            assertInstanceOf(OvsdbProtocolException.class, e.getCause()).getMessage());
        assertTrue(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void transactionWithARowThatBreaksTheSchemaIsNotSent() {
        final var bad = client.transact(VswitchSchema.schema(), List.of(
            new OvsdbInsert("Bridge", new OvsdbRow(Map.of("name", OvsdbAtom.of("br0")))),
            new OvsdbUpdate("Bridge", List.of(), new OvsdbRow(Map.of("fail_mode", OvsdbAtom.of("secure"))))));
        final var e = assertThrows(ExecutionException.class, bad::get);
        assertEquals("operation 1 (update): Bridge.fail_mode: expected a set, got atom \"secure\"",
            assertInstanceOf(IllegalArgumentException.class, e.getCause()).getMessage());
        final var unknown = client.transact(VswitchSchema.schema(), List.of(new OvsdbInsert("Nope", OvsdbRow.empty())));
        assertEquals("operation 0 (insert): database Open_vSwitch has no table Nope",
            assertThrows(ExecutionException.class, unknown::get).getCause().getMessage());
        assertNull(channel.readOutbound());
        assertFalse(channel.finish());
    }

    @Test
    void transactSendsTheOperationsAndDecodesTheResults() throws Exception {
        final var result = client.transact(VswitchSchema.schema(), List.of(new OvsdbInsert("Bridge",
            new OvsdbRow(Map.of("name", OvsdbAtom.of("br0"))), "br")));
        assertEquals(tree("{'method':'transact','id':1,'params':['Open_vSwitch',{'op':'insert','table':'Bridge',"
            + "'row':{'name':'br0'},'uuid-name':'br'}]}"), sent());
        receive("{'id':1,'error':null,'result':[{'uuid':['uuid','" + ROW + "']}]}");
        assertEquals(UUID.fromString(ROW), result.get().insertedUuid(0));
        assertFalse(channel.finish());
    }

    @Test
    void echoChecksTheAnswer() throws Exception {
        final var echo = client.echo();
        assertEquals(tree("{'method':'echo','params':['tunnelmesh'],'id':1}"), sent());
        receive("{'id':1,'error':null,'result':['tunnelmesh']}");
        echo.get();
        final var wrong = client.echo();
        sent();
        receive("{'id':2,'error':null,'result':['other']}");
        assertInstanceOf(OvsdbProtocolException.class, assertThrows(ExecutionException.class, wrong::get).getCause());
        assertFalse(channel.finish());
    }
}
