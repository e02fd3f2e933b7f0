/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.impl.OvsOfctl;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The registry the Nicira tests use (the standard OpenFlow 1.3 codecs plus the Nicira actions, registered as a third
 * party would), action coding helpers, and Open vSwitch as an oracle: {@code ovs-ofctl ofp-parse} over a file of
 * flow-mods, one run for many messages, each message found again by its xid.
 */
final class NiciraTestSupport {
    static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder())
        .addActions(NiciraActionCodecs.all()).build();
    static final OfCodecContext CONTEXT = REGISTRY.context(OfVersion.OF13);
    /** A flow-mod's fixed part after the header: ADD, table 0, priority 0x8000, no buffer, any port and group. */
    private static final String FLOW_MOD_FIXED = "00".repeat(16) + "00" + "00" + "0000" + "0000" + "8000"
        + "ffffffff".repeat(3) + "0000" + "0000";
    private static final String MATCH_ALL = "0001000400000000";
    private static final Pattern MESSAGE = Pattern.compile("OFPT_FLOW_MOD \\(OF1\\.3\\) \\(xid=0x([0-9a-f]+)\\):");

    private NiciraTestSupport() {
        // Hidden on purpose
    }

    static String encode(final List<? extends OfAction> actions) {
        final ByteBuf out = Unpooled.buffer();
        try {
            CONTEXT.encodeActions(actions, out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    static List<OfAction> decode(final OfBytes wire) {
        final ByteBuf in = Unpooled.wrappedBuffer(wire.toByteArray());
        try {
            final var actions = CONTEXT.decodeActions(in);
            assertEquals(0, in.readableBytes(), "bytes left after the actions");
            return actions;
        } finally {
            in.release();
        }
    }

    /** A flow-mod with these actions in an apply-actions instruction, as hex. */
    static String flowMod(final int xid, final String actionsHex) {
        return flowMod(xid, MATCH_ALL, actionsHex);
    }

    /** A flow-mod with this match (hex, padded) and these actions in an apply-actions instruction, as hex. */
    static String flowMod(final int xid, final String matchHex, final String actionsHex) {
        final int actionsLength = actionsHex.length() / 2;
        final String body = FLOW_MOD_FIXED + matchHex + String.format("0004%04x00000000", actionsLength + 8)
            + actionsHex;
        return String.format("040e%04x%08x", 8 + body.length() / 2, xid) + body;
    }

    /**
     * Runs {@code ovs-ofctl ofp-parse} once over flow-mods and returns what it printed for each xid.
     *
     * @param flowMods hex of each flow-mod, by xid
     */
    static Map<Integer, String> ovsParse(final Map<Integer, String> flowMods) throws IOException,
            InterruptedException {
        return ovsParse(flowMods, MESSAGE);
    }

    /**
     * Runs {@code ovs-ofctl ofp-parse} once over OpenFlow 1.3 messages of one type and returns what it printed for
     * each xid.
     *
     * @param messages hex of each message, by xid
     * @param type the type as {@code ofp-print} names it, such as {@code OFPT_ERROR}
     */
    static Map<Integer, String> ovsParse(final Map<Integer, String> messages, final String type)
            throws IOException, InterruptedException {
        return ovsParse(messages, Pattern.compile(Pattern.quote(type) + " \\(OF1\\.3\\) \\(xid=0x([0-9a-f]+)\\):"));
    }

    private static Map<Integer, String> ovsParse(final Map<Integer, String> flowMods, final Pattern message)
            throws IOException, InterruptedException {
        final var bytes = new StringBuilder();
        flowMods.values().forEach(bytes::append);
        final var output = OvsOfctl.ofpParse(OfBytes.ofHex(bytes.toString()));
        final var byXid = new HashMap<Integer, String>();
        final var matcher = message.matcher(output);
        int start = -1;
        int xid = 0;
        while (matcher.find()) {
            if (start >= 0) {
                byXid.put(xid, output.substring(start, matcher.start()));
            }
            start = matcher.start();
            xid = Integer.parseUnsignedInt(matcher.group(1), 16);
        }
        if (start >= 0) {
            byXid.put(xid, output.substring(start));
        }
        return byXid;
    }
}
