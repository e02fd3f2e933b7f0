/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks of a JSON tree's shape that fail with an {@link OvsdbProtocolException} naming what was expected where.
 */
final class JsonShape {
    private static final Pattern UUID_TEXT =
        Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private JsonShape() {
        // static checks only
    }

    static JsonNode object(final JsonNode node, final String what) throws OvsdbProtocolException {
        if (!node.isObject()) {
            throw new OvsdbProtocolException(what + " must be a JSON object, not " + brief(node));
        }
        return node;
    }

    static JsonNode array(final JsonNode node, final String what) throws OvsdbProtocolException {
        if (!node.isArray()) {
            throw new OvsdbProtocolException(what + " must be a JSON array, not " + brief(node));
        }
        return node;
    }

    static JsonNode member(final JsonNode object, final String name, final String what)
            throws OvsdbProtocolException {
        final var member = object.get(name);
        if (member == null) {
            throw new OvsdbProtocolException(what + " lacks \"" + name + "\"");
        }
        return member;
    }

    static String text(final JsonNode node, final String what) throws OvsdbProtocolException {
        if (!node.isTextual()) {
            throw new OvsdbProtocolException(what + " must be a string, not " + brief(node));
        }
        return node.textValue();
    }

    static Optional<String> optionalText(final JsonNode object, final String name, final String what)
            throws OvsdbProtocolException {
        final var member = object.get(name);
        return member == null || member.isNull() ? Optional.empty() : Optional.of(text(member, what + "." + name));
    }

    static long integer(final JsonNode node, final String what) throws OvsdbProtocolException {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new OvsdbProtocolException(what + " must be a 64-bit integer, not " + brief(node));
        }
        return node.longValue();
    }

    static boolean bool(final JsonNode object, final String name, final boolean absent, final String what)
            throws OvsdbProtocolException {
        final var member = object.get(name);
        if (member == null) {
            return absent;
        }
        if (!member.isBoolean()) {
            throw new OvsdbProtocolException(what + "." + name + " must be a boolean, not " + brief(member));
        }
        return member.booleanValue();
    }

    /**
     * A UUID in its canonical text form, 36 characters, which {@link UUID#fromString} alone does not insist on.
     */
    static UUID uuid(final String text) throws OvsdbProtocolException {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new OvsdbProtocolException("not a UUID: \"" + text + "\"");
        }
        return UUID.fromString(text);
    }

    /**
     * The start of a node's JSON text, for error messages that must not echo a megabyte.
     */
    static String brief(final JsonNode node) {
        final var text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
