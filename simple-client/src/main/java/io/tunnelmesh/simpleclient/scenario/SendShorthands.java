/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The messages a scenario file sends by name, {@code send KEYWORD key=value ...}, with the keys the codec tools
 * print for them ({@code xid}, {@code datapath_id}, {@code n_tables}, ...). Every key is optional: a missing
 * {@code xid} is a fresh one ({@link ScenarioContext#nextXid}), a missing version OpenFlow 1.3.
 * <pre>
 *   hello             versions=1.3,1.0  xid
 *   echo_request      xid  data=HEX  version=1.3|1.0          (echo_reply the same)
 *   features_request  xid  version
 *   features_reply    xid  datapath_id  n_buffers (0)  n_tables (254)  auxiliary_id (0)  capabilities (0x4f)
 *   barrier_request   xid  version                            (barrier_reply the same)
 * </pre>
 * Numbers are decimal, {@code 0x} hex, or references to earlier steps ({@code xid=$req}).
 */
final class SendShorthands {
    /** The message names, as {@code send} takes them. */
    static final List<String> KEYWORDS = List.of("hello", "echo_request", "echo_reply", "features_request",
        "features_reply", "barrier_request", "barrier_reply");

    private static final int TABLES = 254;
    /** {@code OFPC_FLOW_STATS | TABLE_STATS | PORT_STATS | GROUP_STATS | QUEUE_STATS}, as Open vSwitch. */
    private static final int CAPABILITIES = 0x4f;
    private static final int XID_BITS = 32;
    private static final int BYTE_BITS = 8;
    private static final int LONG_BITS = 64;

    private SendShorthands() {
        // Hidden on purpose
    }

    /**
     * A version as files write it.
     *
     * @param version the version
     * @return {@code 1.0}, {@code 1.3}
     */
    static String label(final OfVersion version) {
        return version.toString().replace("OF", "");
    }

    /**
     * Parses a version.
     *
     * @param text {@code 1.0} or {@code 1.3}
     * @return the version
     * @throws IllegalArgumentException for anything else
     */
    static OfVersion version(final String text) {
        return switch (text) {
            case "1.0" -> OfVersion.OF10;
            case "1.3" -> OfVersion.OF13;
            default -> throw new IllegalArgumentException("unknown version '" + text + "' (1.0 or 1.3)");
        };
    }

    /**
     * The message a {@code send} line names.
     *
     * @param keyword one of {@link #KEYWORDS}
     * @param args its {@code key=value}s
     * @return the message, made when the step plays
     * @throws IllegalArgumentException for an unknown keyword, key or a malformed value
     */
    static MessageTemplate parse(final String keyword, final Map<String, ScenarioValue> args) {
        final var values = new Values(keyword, args);
        final var xid = values.number("xid");
        return switch (keyword) {
            case "hello" -> {
                values.allow("xid", "versions");
                final var versions = values.text("versions", "1.3").split(",", -1);
                final var offered = new OfVersion[versions.length];
                for (int i = 0; i < versions.length; i++) {
                    offered[i] = version(versions[i]);
                }
                yield context -> OfHello.offering(xid(xid, context), offered);
            }
            case "echo_request", "echo_reply" -> {
                values.allow("xid", "version", "data");
                final var version = version(values.text("version", "1.3"));
                final var data = OfBytes.ofHex(values.text("data", ""));
                yield "echo_request".equals(keyword) ? context -> new OfEchoRequest(version, xid(xid, context), data)
                    : context -> new OfEchoReply(version, xid(xid, context), data);
            }
            case "features_request", "barrier_request", "barrier_reply" -> {
                values.allow("xid", "version");
                final var version = version(values.text("version", "1.3"));
                if ("features_request".equals(keyword)) {
                    yield context -> new OfFeaturesRequest(version, xid(xid, context));
                }
                yield "barrier_request".equals(keyword) ? context -> new OfBarrierRequest(version, xid(xid, context))
                    : context -> new OfBarrierReply(version, xid(xid, context));
            }
            case "features_reply" -> featuresReply(values, xid);
            default -> throw new IllegalArgumentException("unknown message '" + keyword + "': send hex BYTES, or "
                + String.join(", ", KEYWORDS));
        };
    }

    private static MessageTemplate featuresReply(final Values values, final @Nullable ScenarioValue xid) {
        values.allow("xid", "datapath_id", "n_buffers", "n_tables", "auxiliary_id", "capabilities");
        final var datapathId = values.number("datapath_id");
        final var buffers = values.number("n_buffers");
        final var tables = values.number("n_tables");
        final var auxiliary = values.number("auxiliary_id");
        final var capabilities = values.number("capabilities");
        return context -> new OfFeaturesReply(xid(xid, context),
            unsigned(datapathId, "datapath_id", 1, LONG_BITS, context),
            (int) unsigned(buffers, "n_buffers", 0, XID_BITS, context),
            (int) unsigned(tables, "n_tables", TABLES, BYTE_BITS, context),
            (int) unsigned(auxiliary, "auxiliary_id", 0, BYTE_BITS, context),
            (int) unsigned(capabilities, "capabilities", CAPABILITIES, XID_BITS, context), 0);
    }

    private static int xid(final @Nullable ScenarioValue xid, final ScenarioContext context) {
        return xid == null ? context.nextXid() : (int) unsigned(xid, "xid", 0, XID_BITS, context);
    }

    private static long unsigned(final @Nullable ScenarioValue value, final String key, final long absent,
            final int bits, final ScenarioContext context) {
        if (value == null) {
            return absent;
        }
        final var number = value.number(context);
        if (number.bitLength() > bits) {
            throw new IllegalStateException(key + "=" + value + " is " + number + ", wider than " + bits + " bits");
        }
        return number.longValue();
    }

    /** The {@code key=value}s of one line, checked against the keys its message has. */
    private record Values(String keyword, Map<String, ScenarioValue> args) {
        void allow(final String... keys) {
            final var unknown = new TreeSet<>(args.keySet());
            Set.of(keys).forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(keyword + " has no key '" + unknown.first() + "' (its keys: "
                    + String.join(", ", keys) + ")");
            }
        }

        @Nullable ScenarioValue number(final String key) {
            final var value = args.get(key);
            if (value instanceof ScenarioValue.Word word) {
                try {
                    word.number(new ScenarioContext());
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
                }
            }
            return value;
        }

        String text(final String key, final String absent) {
            final var value = args.get(key);
            if (value == null) {
                return absent;
            }
            if (!(value instanceof ScenarioValue.Word word)) {
                throw new IllegalArgumentException(key + " takes a plain value, not " + value);
            }
            return word.text();
        }
    }
}
