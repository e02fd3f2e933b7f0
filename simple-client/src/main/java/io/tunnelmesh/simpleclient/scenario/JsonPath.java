/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A dotted path into a message's JSON ({@link io.tunnelmesh.simpleclient.codec.OfJsonWriter}): keys of objects,
 * and indexes of arrays counted from 0. {@code code} is the error code of an {@code OFPT_ERROR},
 * {@code match.in_port} a flow-mod's input port, {@code instructions.0.actions.1.port} the port of the second action
 * of its first instruction. The empty path is the whole message.
 *
 * @param keys the keys, outermost first
 */
record JsonPath(List<String> keys) {
    /** The whole message. */
    static final JsonPath ROOT = new JsonPath(List.of());

    JsonPath {
        keys = List.copyOf(keys);
    }

    /**
     * Parses a dotted path.
     *
     * @param text {@code key.key.index...}
     * @return the path
     * @throws IllegalArgumentException if a key is empty
     */
    static JsonPath parse(final String text) {
        if (text.isEmpty()) {
            return ROOT;
        }
        final var keys = List.of(text.split("\\.", -1));
        if (keys.contains("")) {
            throw new IllegalArgumentException("empty key in path '" + text + "'");
        }
        return new JsonPath(keys);
    }

    /**
     * The value at this path.
     *
     * @param root the message's JSON
     * @return the value, or {@code null} if there is none
     */
    @Nullable JsonNode at(final JsonNode root) {
        JsonNode node = root;
        for (var key : keys) {
            if (node.isArray() && isIndex(key)) {
                node = node.get(Integer.parseInt(key));
            } else {
                node = node.get(key);
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static boolean isIndex(final String key) {
        return key.length() < 6 && key.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return String.join(".", keys);
    }
}
