/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.OfPacketOut;
import java.util.List;

/**
 * The encoder's dispatch for the messages, fields and actions a tunnel controller writes most: a short chain of
 * {@code instanceof} tests gives each of these record classes a small index, and a registry keeps its codecs for them
 * in arrays at those indexes. The records are final, so each test is one comparison of class pointers, and the chain
 * is small enough for the JIT to inline into the encoder; a lookup by class ({@link ClassTable}) needs the class
 * mirror's identity hash and a probe, and the registry looks a codec up per message, per OXM field and per action
 * it writes (eight times for a tunnel FLOW_MOD). A {@code switch} over the whole sealed hierarchies was tried: its
 * generated type-switch method is too large to be inlined and cost about as much as the lookup it replaced.
 *
 * <p>The arrays hold exactly what the registry's class tables hold for these classes, {@code null} included, so the
 * codec found is the one the registry was built with: a registry without one of these codecs has none here either,
 * and no extension can replace a built-in codec, since the registry refuses a second codec for a class. Every other
 * class has index {@link #NONE} and is looked up by class as before.
 */
final class BuiltinCodecIndex {
    /** The index of a class with no slot of its own. */
    static final int NONE = -1;

    /** The field classes, at their {@link #of(OxmField)} indexes, the most frequent first. */
    static final List<Class<? extends OxmField>> FIELD_CLASSES = List.of(
        OxmInPort.class, OxmTunnelId.class, OxmMetadata.class, OxmEthDst.class, OxmEthSrc.class, OxmEthType.class,
        NxmTunIpv4Dst.class, NxmTunIpv4Src.class, NxmTunIpv6Dst.class, NxmTunIpv6Src.class);

    /** The action classes, at their {@link #of(OfAction)} indexes, the most frequent first. */
    static final List<Class<? extends OfAction>> ACTION_CLASSES = List.of(
        OfActionOutput.class, OfActionSetField.class, OfActionGroup.class, OfActionPushVlan.class,
        OfActionPopVlan.class, OfActionSetQueue.class, OfActionDecNwTtl.class);

    /** The message classes, at their {@link #of(OfMessage)} indexes, the most frequent first. */
    static final List<Class<? extends OfMessage>> MESSAGE_CLASSES = List.of(OfFlowMod.class, OfPacketOut.class,
        OfBarrierRequest.class, OfEchoRequest.class, OfEchoReply.class, OfMultipartRequest.class, OfGroupMod.class);

    private BuiltinCodecIndex() {
        // Hidden on purpose
    }

    /**
     * The index of a field's class in {@link #FIELD_CLASSES}.
     *
     * @param field the field
     * @return the index, or {@link #NONE}
     */
    @SuppressWarnings({ "checkstyle:ReturnCount", "checkstyle:CyclomaticComplexity" }) // one test per class
    static int of(final OxmField field) {
        if (field instanceof OxmInPort) {
            return 0;
        }
        if (field instanceof OxmTunnelId) {
            return 1;
        }
        if (field instanceof OxmMetadata) {
            return 2;
        }
        if (field instanceof OxmEthDst) {
            return 3;
        }
        if (field instanceof OxmEthSrc) {
            return 4;
        }
        if (field instanceof OxmEthType) {
            return 5;
        }
        if (field instanceof NxmTunIpv4Dst) {
            return 6;
        }
        if (field instanceof NxmTunIpv4Src) {
            return 7;
        }
        if (field instanceof NxmTunIpv6Dst) {
            return 8;
        }
        if (field instanceof NxmTunIpv6Src) {
            return 9;
        }
        return NONE;
    }

    /**
     * The index of an action's class in {@link #ACTION_CLASSES}.
     *
     * @param action the action
     * @return the index, or {@link #NONE}
     */
    @SuppressWarnings({ "checkstyle:ReturnCount", "checkstyle:CyclomaticComplexity" }) // one test per class
    static int of(final OfAction action) {
        if (action instanceof OfActionOutput) {
            return 0;
        }
        if (action instanceof OfActionSetField) {
            return 1;
        }
        if (action instanceof OfActionGroup) {
            return 2;
        }
        if (action instanceof OfActionPushVlan) {
            return 3;
        }
        if (action instanceof OfActionPopVlan) {
            return 4;
        }
        if (action instanceof OfActionSetQueue) {
            return 5;
        }
        if (action instanceof OfActionDecNwTtl) {
            return 6;
        }
        return NONE;
    }

    /**
     * The index of a message's class in {@link #MESSAGE_CLASSES}.
     *
     * @param message the message
     * @return the index, or {@link #NONE}
     */
    @SuppressWarnings({ "checkstyle:ReturnCount", "checkstyle:CyclomaticComplexity" }) // one test per class
    static int of(final OfMessage message) {
        if (message instanceof OfFlowMod) {
            return 0;
        }
        if (message instanceof OfPacketOut) {
            return 1;
        }
        if (message instanceof OfBarrierRequest) {
            return 2;
        }
        if (message instanceof OfEchoRequest) {
            return 3;
        }
        if (message instanceof OfEchoReply) {
            return 4;
        }
        if (message instanceof OfMultipartRequest) {
            return 5;
        }
        if (message instanceof OfGroupMod) {
            return 6;
        }
        return NONE;
    }
}
