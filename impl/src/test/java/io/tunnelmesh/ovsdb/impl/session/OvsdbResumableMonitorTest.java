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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
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
