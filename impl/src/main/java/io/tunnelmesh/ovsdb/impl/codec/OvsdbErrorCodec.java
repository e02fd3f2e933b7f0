/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tunnelmesh.ovsdb.api.OvsdbError;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;

/**
 * The {@code <error>} object of RFC 7047 section 3.1: {@code {"error": <string>, "details": <string>}}; Open vSwitch
 * adds members such as {@code "syntax"}, which are ignored. Open vSwitch also answers some JSON-RPC requests with a
 * bare string as the error (such as {@code "unknown method"}), which decodes as an error without details.
 */
public final class OvsdbErrorCodec {
    private OvsdbErrorCodec() {
        // static codec only
    }

    /**
     * Decodes an error.
     *
     * @param json the error object, or a string
     * @return the error
     * @throws OvsdbProtocolException if the JSON is neither
     */
    public static OvsdbError decode(final JsonNode json) throws OvsdbProtocolException {
        if (json.isTextual()) {
            return OvsdbError.of(json.textValue());
        }
        JsonShape.object(json, "an <error>");
        return new OvsdbError(JsonShape.text(JsonShape.member(json, "error", "an <error>"), "error"),
            JsonShape.optionalText(json, "details", "an <error>"));
    }

    /**
     * Encodes an error.
     *
     * @param error the error
     * @return its object
     */
    public static ObjectNode encode(final OvsdbError error) {
        final var json = JsonNodeFactory.instance.objectNode().put("error", error.error());
        error.details().ifPresent(details -> json.put("details", details));
        return json;
    }
}
