/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbJsonRpcClient;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitor across connections, each a scripted server on an {@link EmbeddedChannel}: the transaction id it
 * resumes from, a resumed start, and the fallback from {@code monitor_cond_since} to {@code monitor_cond} and
 * {@code monitor} on {@code "unknown method"}.
 */
@ExtendWith(NettyLeakDetection.class)
class OvsdbResumableMonitorTest {
    private static final String ROW = "a7c4f6a2-0ba5-4c38-9bd1-7b0f0ad3a7e1";
    private static final String TXN_A = "00000000-0000-0000-0000-00000000000a";
    private static final String TXN_B = "00000000-0000-0000-0000-00000000000b";
    private static final OvsdbClientConfig CONFIG = new OvsdbClientConfig(Duration.ofSeconds(5), 1 << 20);

    private final Sink sink = new Sink();
    private final OvsdbResumableMonitor monitor = new OvsdbResumableMonitor(sink);

    /** A connection to a scripted server. */
    private record Connection(EmbeddedChannel channel, JsonRpcPeer peer, OvsdbJsonRpcClient client) {
        static Connection open() {
            final var channel = new EmbeddedChannel();
            return new Connection(channel, new JsonRpcPeer(channel), OvsdbJsonRpcClient.install(channel.pipeline(),
                CONFIG));
        }
    }

    @Test
    void resumesFromTheLastTransactionSeenOnTheNextConnection() throws Exception {
        final var first = Connection.open();
        final var started = monitor.start(first.client(), VswitchSchema.schema());
        final var request = first.peer().received();
        assertEquals("monitor_cond_since", request.get("method").textValue());
        assertEquals("00000000-0000-0000-0000-000000000000", request.get("params").get(3).textValue(),
            "nothing seen yet: the zero id asks for everything");
        first.peer().send("{'id':1,'error':null,'result':[false,'" + TXN_A + "',{'Bridge':{'" + ROW
            + "':{'initial':{'name':'br0'}}}}]}");
        assertTrue(started.isDone());
        assertEquals(List.of("start resumed=false Bridge=1"), sink.events);
        first.peer().send("{'method':'update3','id':null,'params':['tm-1','" + TXN_B + "',{'Bridge':{'" + ROW
            + "':{'modify':{'name':'br1'}}}}]}");
        assertEquals(Optional.of(UUID.fromString(TXN_B)), monitor.lastTransactionId());
        assertFalse(first.channel().finish());

        final var second = Connection.open();
        monitor.start(second.client(), VswitchSchema.schema());
        assertEquals(TXN_B, second.peer().received().get("params").get(3).textValue());
        second.peer().send("{'id':1,'error':null,'result':[true,'" + TXN_B + "',{}]}");
        assertEquals(List.of("start resumed=false Bridge=1", "update Bridge=1", "start resumed=true Bridge=0"),
            sink.events);
        assertEquals(OvsdbResumableMonitor.Method.COND_SINCE, monitor.method());
        assertFalse(second.channel().finish());
    }

    @Test
    void fallsBackToMonitorCondThenMonitorOnUnknownMethod() throws Exception {
        final var connection = Connection.open();
        final var started = monitor.start(connection.client(), VswitchSchema.schema());
        assertEquals("monitor_cond_since", connection.peer().received().get("method").textValue());
        connection.peer().send("{'id':1,'result':null,'error':'unknown method'}");
        assertEquals("monitor_cond", connection.peer().received().get("method").textValue());
        connection.peer().send("{'id':2,'result':null,'error':'unknown method'}");
        assertEquals("monitor", connection.peer().received().get("method").textValue());
        connection.peer().send("{'id':3,'error':null,'result':{'Bridge':{'" + ROW + "':{'new':{'name':'br0'}}}}}");
        assertTrue(started.isDone() && !started.isCompletedExceptionally());
        assertEquals(OvsdbResumableMonitor.Method.PLAIN, monitor.method());
        // a plain monitor's modification carries the whole row: it reaches the sink as an insert of that row
        connection.peer().send("{'method':'update','id':null,'params':['tm-3',{'Bridge':{'" + ROW
            + "':{'old':{'name':'br0'},'new':{'name':'br1'}}}}]}");
        assertEquals(List.of("start resumed=false Bridge=1", "update Bridge=1"), sink.events);
        assertEquals("Insert", sink.last.tables().get("Bridge").values().iterator().next().getClass().getSimpleName());
        assertFalse(connection.channel().finish());
    }

    @Test
    void changesConditionsOnTheRunningConnectionOneAfterTheOther() throws Exception {
        final var connection = Connection.open();
        monitor.start(connection.client(), VswitchSchema.schema());
        connection.peer().received();
        connection.peer().send("{'id':1,'error':null,'result':[false,'" + TXN_A + "',{}]}");

        final var first = monitor.changeConditions(Map.of("Bridge", List.of(OvsdbCondition.nameIs("br1"))));
        final var second = monitor.changeConditions(Map.of("Bridge", List.of()));
        final var change = connection.peer().received();
        assertEquals("monitor_cond_change", change.get("method").textValue());
        assertEquals(JsonRpcPeer.tree("['tm-1','tm-2',{'Bridge':[{'where':[['name','==','br1']]}]}]"),
            change.get("params"));
        assertNull(connection.channel().readOutbound(), "the second change waits for the id the first one gives");
        // the server sends the rows that enter under the new id, then replies
        connection.peer().send("{'method':'update3','id':null,'params':['tm-2','" + TXN_B + "',{'Bridge':{'" + ROW
            + "':{'insert':{'name':'br1'}}}}]}");
        connection.peer().send("{'id':2,'error':null,'result':null}");
        assertTrue(first.isDone() && !first.isCompletedExceptionally());
        assertEquals(List.of("start resumed=false Bridge=0", "update Bridge=1"), sink.events);
        assertEquals(Optional.of(UUID.fromString(TXN_B)), monitor.lastTransactionId());

        assertEquals(JsonRpcPeer.tree("['tm-2','tm-3',{'Bridge':[{'where':[]}]}]"),
            connection.peer().received().get("params"));
        connection.peer().send("{'id':3,'error':{'error':'syntax error','details':'no'},'result':null}");
        assertTrue(second.isCompletedExceptionally());
        assertEquals(Optional.empty(), monitor.lastTransactionId(),
            "after a failed change the next connection must start afresh");
        assertFalse(connection.channel().finish());

        // the next connection asks with the conditions of both changes, for everything
        final var next = Connection.open();
        monitor.start(next.client(), VswitchSchema.schema());
        final var request = next.peer().received().get("params");
        assertEquals(JsonRpcPeer.tree("{'Bridge':{'columns':['name'],"
            + "'select':{'initial':true,'insert':true,'delete':true,'modify':true}}}"), request.get(2),
            "an empty list of conditions: every row");
        assertEquals("00000000-0000-0000-0000-000000000000", request.get(3).textValue());
        assertFalse(next.channel().finish());
    }

    @Test
    void changeAfterTheConnectionIsLostAppliesToTheNextStartWhichAsksForEverything() throws Exception {
        final var first = Connection.open();
        monitor.start(first.client(), VswitchSchema.schema());
        first.peer().received();
        first.peer().send("{'id':1,'error':null,'result':[false,'" + TXN_A + "',{}]}");
        assertFalse(first.channel().finish());
        assertEquals(Optional.of(UUID.fromString(TXN_A)), monitor.lastTransactionId());

        final var change = monitor.changeConditions(Map.of("Bridge", List.of(OvsdbCondition.nameIs("br7"))));
        assertTrue(change.isCompletedExceptionally(), "the connection is gone");
        assertEquals(Optional.empty(), monitor.lastTransactionId(),
            "resuming would miss the rows that meet the new conditions without having changed");
        final var second = Connection.open();
        monitor.start(second.client(), VswitchSchema.schema());
        final var params = second.peer().received().get("params");
        assertEquals(JsonRpcPeer.tree("[['name','==','br7']]"), params.get(2).get("Bridge").get("where"));
        assertEquals("00000000-0000-0000-0000-000000000000", params.get(3).textValue());
        assertFalse(second.channel().finish());
    }

    /** Records what the monitor delivered. */
    private static final class Sink implements OvsdbMonitorSink {
        final List<String> events = new ArrayList<>();
        OvsdbTableUpdates2 last = new OvsdbTableUpdates2(Map.of());

        @Override
        public List<OvsdbMonitorRequest> requests() {
            return List.of(OvsdbMonitorRequest.of("Bridge", "name"));
        }

        @Override
        public void start(final OvsdbDatabaseSchema schema, final boolean resumed, final OvsdbTableUpdates2 updates) {
            events.add("start resumed=" + resumed + " Bridge=" + updates.tables().getOrDefault("Bridge", Map.of())
                .size());
        }

        @Override
        public void update(final OvsdbTableUpdates2 updates) {
            last = updates;
            events.add("update Bridge=" + updates.tables().get("Bridge").size());
        }
    }
}
