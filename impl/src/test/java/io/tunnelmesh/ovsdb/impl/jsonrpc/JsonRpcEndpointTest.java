/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.netty.channel.embedded.EmbeddedChannel;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.ovsdb.api.OvsdbConnectionClosedException;
import io.tunnelmesh.ovsdb.api.OvsdbError;
import io.tunnelmesh.ovsdb.api.OvsdbRpcException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole JSON-RPC pipeline on an {@link EmbeddedChannel}, bytes in and out: requests correlated with responses by
 * id, error responses, timeouts, cancel, echo both ways, unknown methods, responses to nothing, notifications and
 * the close of the connection.
 */
@ExtendWith(NettyLeakDetection.class)
class JsonRpcEndpointTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final List<JsonRpcMessage.Notification> notifications = new ArrayList<>();
    private final JsonRpcEndpoint endpoint = new JsonRpcEndpoint(TIMEOUT, notifications::add);
    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final JsonRpcPeer peer = new JsonRpcPeer(channel);

    JsonRpcEndpointTest() {
        JsonRpcPipelineStage.addStages(channel.pipeline(), 4096, endpoint);
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

    private CompletableFuture<JsonNode> call(final String method) {
        return endpoint.call(method, JsonNodeFactory.instance.arrayNode().add("Open_vSwitch"), false);
    }

    @Test
    void stagesAreNamedInOrder() {
        assertEquals(List.of("ovsdb-frame-decoder", "ovsdb-message-decoder", "ovsdb-encoder", "ovsdb-endpoint"),
            channel.pipeline().names().subList(0, 4));
        assertFalse(channel.finish());
    }

    @Test
    void correlatesResponsesById() throws Exception {
        final var first = call("get_schema");
        final var second = call("list_dbs");
        assertEquals(tree("{'method':'get_schema','params':['Open_vSwitch'],'id':1}"), sent());
        assertEquals(tree("{'method':'list_dbs','params':['Open_vSwitch'],'id':2}"), sent());
        receive("{'id':2,'result':['Open_vSwitch'],'error':null}");
        assertFalse(first.isDone());
        assertEquals(tree("['Open_vSwitch']"), second.get());
        receive("{'id':1,'result':{'name':'x'},'error':null}");
        assertEquals(tree("{'name':'x'}"), first.get());
        assertFalse(channel.finish());
    }

    @Test
    void errorResponseFailsTheRequest() {
        final var future = call("get_schema");
        sent();
        receive("{'id':1,'result':null,'error':{'error':'unknown database','details':'no db'}}");
        final var e = assertThrows(ExecutionException.class, future::get);
        final var rpc = assertInstanceOf(OvsdbRpcException.class, e.getCause());
        assertEquals(new OvsdbError("unknown database", Optional.of("no db")), rpc.error());
        assertEquals("get_schema failed: unknown database: no db", rpc.getMessage());
        assertFalse(channel.finish());
    }

    @Test
    void unansweredRequestTimesOut() {
        channel.freezeTime();
        final var future = call("list_dbs");
        sent();
        channel.advanceTimeBy(TIMEOUT.toMillis() - 1, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        assertFalse(future.isDone());
        channel.advanceTimeBy(2, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        final var e = assertThrows(ExecutionException.class, future::get);
        assertInstanceOf(TimeoutException.class, e.getCause());
        assertEquals("no response to list_dbs (id 1) within PT5S", e.getCause().getMessage());
        // the late answer is a response to nothing: dropped, the connection stays
        receive("{'id':1,'result':[],'error':null}");
        assertTrue(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void responseToNothingIsDropped() throws Exception {
        receive("{'id':99,'result':[],'error':null}");
        receive("{'id':'x','result':[],'error':null}");
        receive("{'id':null,'result':null,'error':'bad'}");
        assertTrue(channel.isOpen());
        final var future = call("list_dbs");
        sent();
        receive("{'id':1,'result':[],'error':null}");
        assertEquals(tree("[]"), future.get());
        assertFalse(channel.finish());
    }

    @Test
    void cancellingACancellableRequestSendsCancel() {
        final var future = endpoint.call("transact", JsonNodeFactory.instance.arrayNode().add("Open_vSwitch"), true);
        sent();
        assertTrue(future.cancel(false));
        assertEquals(tree("{'method':'cancel','params':[1],'id':null}"), sent());
        receive("{'id':1,'result':null,'error':{'error':'canceled'}}");
        assertTrue(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void cancellingAnotherRequestSendsNothing() {
        call("list_dbs").cancel(false);
        sent();
        assertNull(channel.readOutbound());
        assertFalse(channel.finish());
    }

    @Test
    void answersEcho() {
        receive("{'method':'echo','params':['ping',1],'id':'echo'}");
        assertEquals(tree("{'result':['ping',1],'error':null,'id':'echo'}"), sent());
        assertFalse(channel.finish());
    }

    @Test
    void sendsEcho() throws Exception {
        final var future = endpoint.call("echo", JsonNodeFactory.instance.arrayNode().add("t"), false);
        assertEquals(tree("{'method':'echo','params':['t'],'id':1}"), sent());
        receive("{'id':1,'result':['t'],'error':null}");
        assertEquals(tree("['t']"), future.get());
        assertFalse(channel.finish());
    }

    @Test
    void answersUnknownMethodWithError() {
        receive("{'method':'frobnicate','params':[],'id':42}");
        assertEquals(tree("{'result':null,'error':'unknown method','id':42}"), sent());
        assertTrue(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void passesNotifications() {
        receive("{'method':'update','params':['m1',{}],'id':null}");
        receive("{'method':'locked','params':['l']}");
        assertEquals(List.of(new JsonRpcMessage.Notification("update", (ArrayNode) tree("['m1',{}]")),
            new JsonRpcMessage.Notification("locked", (ArrayNode) tree("['l']"))), notifications);
        assertFalse(channel.finish());
    }

    @Test
    void closesOnAMessageOfNoJsonRpcShape() {
        receive("{'hello':'world'}");
        assertFalse(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void closeFailsPendingRequestsAndLaterOnes() {
        final var future = call("list_dbs");
        sent();
        channel.close();
        final var e = assertThrows(ExecutionException.class, future::get);
        assertInstanceOf(OvsdbConnectionClosedException.class, e.getCause());
        final var later = assertThrows(ExecutionException.class, () -> call("list_dbs").get());
        assertInstanceOf(OvsdbConnectionClosedException.class, later.getCause());
        assertFalse(channel.finish());
    }
}
