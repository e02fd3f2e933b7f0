/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.simpleclient.switchstate.RequestRefusedException;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Decodes the ONF bundle adds that carry a flow-mod (OpenFlow 1.4.1 section 7.3.9.6, ONF extension 230 in OpenFlow
 * 1.3) once per distinct flow-mod and process, ahead of the production {@link OfMessageDecoder}: a fleet of switches
 * given one network by one controller is sent the same flow-mods over and over (one per peer port, on every node),
 * and decoding and checking each copy again was most of what an emulated switch spent per flow-mod.
 * <pre>
 *   0        4        8              12         16          20    22      24             32
 *   | v4 t4 len | xid | ONF 0x4f4e4600 | type 2301 | bundle_id | pad | flags | v4 t14 len xid | flow-mod body |
 *                                                                           '-- the key: the inner message but its xid
 * </pre>
 * A frame of that layout whose inner flow-mod fills it (no bundle properties) is looked up by its inner message's
 * bytes but the xid. The first time, the production decoder decodes the frame and the switch state checks the
 * flow-mod as a bundle add will ({@link SwitchState#share}); if it passes, the flow-mod as the switch state keeps it is
 * remembered. Every later frame with those bytes gets that flow-mod with its own xid, in a bundle add with its own
 * xid, bundle id and flags: the message the production decoder would have given, equal field for field, made of
 * the instances the switch state checks by identity. Frames of any other kind, flow-mods the switch state refuses
 * and large ones (flood flows, different on every switch) go the production way, as does every decoding failure.
 *
 * <p>Sharable and thread-safe: one serves the fleet (its switches run on several event loops). Bounded: past
 * {@value #LIMIT} flow-mods it forgets them all and starts again.
 */
@Sharable
public final class SwitchBundleAddDecoder extends ChannelInboundHandlerAdapter {
    /** The stage's name, just before the production message decoder. */
    static final String NAME = "of-bundle-add-memo";

    private static final int LIMIT = 1 << 16;
    /** The longest inner message kept: a flow-mod with a few dozen actions. */
    private static final int MAX_INNER_LENGTH = 1024;
    private static final int EXPERIMENTER = 4;
    private static final int FLOW_MOD = 14;
    private static final int BUNDLE_ADD = 2301;
    private static final int INNER = 24;
    private static final int INNER_XID = INNER + 4;
    private static final int INNER_BODY = INNER + 8;

    private final OfMessageDecoder decoder;
    private final Map<Key, OfFlowMod> flowMods = new ConcurrentHashMap<>();

    /**
     * A decoder in front of the production one.
     *
     * @param decoder the production decoder, for every frame not decoded before
     */
    public SwitchBundleAddDecoder(final OfMessageDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (!(msg instanceof ByteBuf frame) || !isBundledFlowMod(frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        final Object decoded;
        try {
            decoded = decodeBundled(frame);
        } finally {
            frame.release();
        }
        ctx.fireChannelRead(decoded);
    }

    /**
     * Decodes a frame as the production decoder does; the pure core of this handler.
     *
     * @param frame exactly one message, header included; its reader index is not moved
     * @return the message, or the failure to report
     */
    public Object decode(final ByteBuf frame) {
        return isBundledFlowMod(frame) ? decodeBundled(frame) : decoder.decode(frame);
    }

    private Object decodeBundled(final ByteBuf frame) {
        final int start = frame.readerIndex();
        final var key = new Key(frame);
        final OfFlowMod known = flowMods.get(key);
        if (known != null) {
            return new OnfBundleAdd(frame.getInt(start + 4), frame.getInt(start + 16),
                frame.getUnsignedShort(start + 22), withXid(known, frame.getInt(start + INNER_XID)), List.of());
        }
        final Object decoded = decoder.decode(frame);
        if (decoded instanceof OnfBundleAdd add && add.message() instanceof OfFlowMod mod
                && add.properties().isEmpty()) {
            final OfFlowMod shared = share(mod);
            if (shared != null) {
                if (flowMods.size() >= LIMIT) {
                    flowMods.clear();
                }
                flowMods.put(key, shared);
                return new OnfBundleAdd(add.xid(), add.bundleId(), add.flags(), shared, List.of());
            }
        }
        return decoded;
    }

    private static @Nullable OfFlowMod share(final OfFlowMod mod) {
        try {
            return SwitchState.share(mod);
        } catch (RequestRefusedException e) {
            // the switch state refuses it again when the bundle add reaches it, and answers; nothing is kept
            return null;
        }
    }

    private static OfFlowMod withXid(final OfFlowMod mod, final int xid) {
        return new OfFlowMod(xid, mod.cookie(), mod.cookieMask(), mod.tableId(), mod.command(), mod.idleTimeout(),
            mod.hardTimeout(), mod.priority(), mod.bufferId(), mod.outPort(), mod.outGroup(), mod.flags(),
            mod.match(), mod.instructions());
    }

    /**
     * Whether a frame is an OpenFlow 1.3 bundle add whose flow-mod fills it, small enough to keep.
     */
    private static boolean isBundledFlowMod(final ByteBuf frame) {
        final int start = frame.readerIndex();
        final int length = frame.readableBytes();
        return length >= INNER_BODY && length - INNER <= MAX_INNER_LENGTH
            && frame.getByte(start) == OfVersion.OF13.wireVersion() && frame.getByte(start + 1) == EXPERIMENTER
            && frame.getUnsignedShort(start + 2) == length
            && frame.getInt(start + 8) == OnfErrorCodes.ONF_EXPERIMENTER && frame.getInt(start + 12) == BUNDLE_ADD
            && frame.getByte(start + INNER) == OfVersion.OF13.wireVersion()
            && frame.getByte(start + INNER + 1) == FLOW_MOD
            && frame.getUnsignedShort(start + INNER + 2) == length - INNER;
    }

    /**
     * The inner message's bytes but its xid: its version, type and length, then its body.
     */
    private static final class Key {
        private final byte[] bytes;
        private final int hash;

        Key(final ByteBuf frame) {
            final int start = frame.readerIndex();
            final int body = frame.readableBytes() - INNER_BODY;
            bytes = new byte[4 + body];
            frame.getBytes(start + INNER, bytes, 0, 4);
            frame.getBytes(start + INNER_BODY, bytes, 4, body);
            // the keys of one fleet differ in a few bytes (a MAC, an address): spread them over every bit
            final int h = Arrays.hashCode(bytes) * 0x9e37_79b9;
            hash = h ^ h >>> 16;
        }

        @Override
        public boolean equals(final @Nullable Object obj) {
            return obj instanceof Key other && hash == other.hash && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
