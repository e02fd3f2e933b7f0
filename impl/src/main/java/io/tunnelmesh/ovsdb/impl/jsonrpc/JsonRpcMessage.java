/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;

/**
 * A JSON-RPC 1.0 message as RFC 7047 section 4 uses it:
 * <pre>
 *   request       {"method": &lt;string&gt;, "params": [...], "id": &lt;non-null&gt;}
 *   notification  {"method": &lt;string&gt;, "params": [...], "id": null}
 *   response      {"result": &lt;any&gt;, "error": null | &lt;error&gt;, "id": &lt;the request's id&gt;}
 * </pre>
 * The trees stay inside the implementation; the client decodes them into typed values.
 */
public sealed interface JsonRpcMessage {
    /**
     * The message as a JSON object.
     *
     * @return a fresh object
     */
    ObjectNode toJson();

    /**
     * Classifies a JSON object.
     *
     * @param json the object
     * @return the message
     * @throws OvsdbProtocolException if the object is none of the three shapes
     */
    static JsonRpcMessage of(final ObjectNode json) throws OvsdbProtocolException {
        final var method = json.get("method");
        final var id = json.get("id");
        if (method != null) {
            if (!method.isTextual()) {
                throw new OvsdbProtocolException("JSON-RPC method must be a string, not " + method);
            }
            final var params = json.get("params");
            if (params == null || !params.isArray()) {
                throw new OvsdbProtocolException("JSON-RPC " + method.textValue() + " params must be an array");
            }
            return id == null || id.isNull() ? new Notification(method.textValue(), (ArrayNode) params)
                : new Request(id, method.textValue(), (ArrayNode) params);
        }
        if (json.has("result") || json.has("error")) {
            final var error = json.get("error");
            return new Response(id == null ? NullNode.getInstance() : id, nullToJson(json.get("result")),
                nullToJson(error));
        }
        throw new OvsdbProtocolException("not a JSON-RPC request, notification or response: no method, result or "
            + "error");
    }

    private static JsonNode nullToJson(final JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    /**
     * A request; the peer must answer with a response of the same id.
     *
     * @param id the id
     * @param method the method
     * @param params the parameters
     */
    record Request(JsonNode id, String method, ArrayNode params) implements JsonRpcMessage {
        @Override
        public ObjectNode toJson() {
            final var json = JsonNodeFactory.instance.objectNode().put("method", method);
            json.set("params", params);
            json.set("id", id);
            return json;
        }
    }

    /**
     * A notification: a request without an id, which gets no response.
     *
     * @param method the method
     * @param params the parameters
     */
    record Notification(String method, ArrayNode params) implements JsonRpcMessage {
        @Override
        public ObjectNode toJson() {
            final var json = JsonNodeFactory.instance.objectNode().put("method", method);
            json.set("params", params);
            json.putNull("id");
            return json;
        }
    }

    /**
     * A response to a request: a result, or an error.
     *
     * @param id the request's id
     * @param result the result, JSON null when there is an error
     * @param error JSON null, or the error
     */
    record Response(JsonNode id, JsonNode result, JsonNode error) implements JsonRpcMessage {
        /**
         * Whether the response is an error.
         *
         * @return true if {@code error} is not JSON null
         */
        public boolean isError() {
            return !error.isNull();
        }

        @Override
        public ObjectNode toJson() {
            final var json = JsonNodeFactory.instance.objectNode();
            json.set("result", result);
            json.set("error", error);
            json.set("id", id);
            return json;
        }
    }
}
