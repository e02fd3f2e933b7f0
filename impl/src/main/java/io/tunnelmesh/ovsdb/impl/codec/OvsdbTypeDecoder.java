/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import static io.tunnelmesh.ovsdb.impl.codec.JsonShape.brief;

import com.fasterxml.jackson.databind.JsonNode;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtomicType;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.schema.OvsdbBaseType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbBooleanType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbIntegerType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbRealType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbRefType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbStringType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbUuidType;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes the {@code <type>} and {@code <base-type>} of RFC 7047 section 3.2:
 * <pre>
 *   &lt;type&gt;       &lt;atomic-type&gt; | {"key": &lt;base-type&gt;, "value": &lt;base-type&gt;,
 *                                  "min": 0|1, "max": &lt;integer&gt;|"unlimited"}
 *   &lt;base-type&gt;  &lt;atomic-type&gt; | {"type": &lt;atomic-type&gt;, "enum": &lt;value&gt;,
 *                   "minInteger", "maxInteger", "minReal", "maxReal", "minLength", "maxLength",
 *                   "refTable": &lt;id&gt;, "refType": "strong"|"weak"}
 * </pre>
 * {@code min} and {@code max} default to 1; the constraint members must suit the atomic type.
 */
final class OvsdbTypeDecoder {
    private OvsdbTypeDecoder() {
        // static decoders only
    }

    static OvsdbColumnType decodeColumnType(final JsonNode json, final String what) throws OvsdbProtocolException {
        if (json.isTextual()) {
            return OvsdbColumnType.atom(decodeBaseType(json, what));
        }
        JsonShape.object(json, what + " type");
        final var key = decodeBaseType(JsonShape.member(json, "key", what + " type"), what + " key");
        final var value = json.get("value");
        final var min = json.get("min");
        final var max = json.get("max");
        final long minCount = min == null ? 1 : JsonShape.integer(min, what + " min");
        final long maxCount = max == null ? 1 : "unlimited".equals(max.textValue()) ? OvsdbColumnType.UNLIMITED
            : JsonShape.integer(max, what + " max");
        if (minCount < 0 || minCount > 1 || maxCount < Math.max(1, minCount) || maxCount > OvsdbColumnType.UNLIMITED) {
            throw new OvsdbProtocolException(what + ": min " + minCount + " must be 0 or 1 and max " + maxCount
                + " at least 1 and min");
        }
        return new OvsdbColumnType(key, value == null ? Optional.empty() : Optional.of(decodeBaseType(value,
            what + " value")), (int) minCount, (int) maxCount);
    }

    static OvsdbBaseType decodeBaseType(final JsonNode json, final String what) throws OvsdbProtocolException {
        if (json.isTextual()) {
            return unconstrained(atomicType(json, what));
        }
        JsonShape.object(json, what);
        final var type = atomicType(JsonShape.member(json, "type", what), what);
        final var enumeration = enumeration(json.get("enum"), type, what);
        return switch (type) {
            case INTEGER -> new OvsdbIntegerType(longMember(json, "minInteger", Long.MIN_VALUE, what),
                longMember(json, "maxInteger", Long.MAX_VALUE, what), enumeration);
            case REAL -> new OvsdbRealType(doubleMember(json, "minReal", -Double.MAX_VALUE, what),
                doubleMember(json, "maxReal", Double.MAX_VALUE, what), enumeration);
            case BOOLEAN -> new OvsdbBooleanType(enumeration);
            case STRING -> new OvsdbStringType(longMember(json, "minLength", 0, what),
                longMember(json, "maxLength", Long.MAX_VALUE, what), enumeration);
            case UUID -> {
                final var refType = JsonShape.optionalText(json, "refType", what);
                yield new OvsdbUuidType(JsonShape.optionalText(json, "refTable", what),
                    refType.isEmpty() ? OvsdbRefType.STRONG : OvsdbRefType.ofJsonName(refType.orElseThrow())
                        .orElseThrow(() -> new OvsdbProtocolException(what + ": unknown refType " + refType)),
                    enumeration);
            }
        };
    }

    private static OvsdbAtomicType atomicType(final JsonNode json, final String what) throws OvsdbProtocolException {
        return OvsdbAtomicType.ofJsonName(JsonShape.text(json, what + " atomic type")).orElseThrow(
            () -> new OvsdbProtocolException(what + ": unknown atomic type " + brief(json)));
    }

    private static OvsdbBaseType unconstrained(final OvsdbAtomicType type) {
        return switch (type) {
            case INTEGER -> OvsdbIntegerType.ANY;
            case REAL -> OvsdbRealType.ANY;
            case BOOLEAN -> OvsdbBooleanType.ANY;
            case STRING -> OvsdbStringType.ANY;
            case UUID -> OvsdbUuidType.ANY;
        };
    }

    private static Set<OvsdbAtom> enumeration(final JsonNode json, final OvsdbAtomicType type, final String what)
            throws OvsdbProtocolException {
        if (json == null) {
            return Set.of();
        }
        final var set = OvsdbColumnType.set(unconstrained(type), 0, OvsdbColumnType.UNLIMITED);
        try {
            return ((OvsdbSet) OvsdbNotationDecoder.decode(json, set)).elements();
        } catch (OvsdbProtocolException e) {
            throw new OvsdbProtocolException(what + " enum: " + e.getMessage(), e);
        }
    }

    private static long longMember(final JsonNode json, final String name, final long absent, final String what)
            throws OvsdbProtocolException {
        final var member = json.get(name);
        return member == null ? absent : JsonShape.integer(member, what + "." + name);
    }

    private static double doubleMember(final JsonNode json, final String name, final double absent,
            final String what) throws OvsdbProtocolException {
        final var member = json.get(name);
        if (member == null) {
            return absent;
        }
        if (!member.isNumber()) {
            throw new OvsdbProtocolException(what + "." + name + " must be a number, not " + brief(member));
        }
        return member.doubleValue();
    }
}
