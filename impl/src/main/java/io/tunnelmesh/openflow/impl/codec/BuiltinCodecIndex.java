/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlIn;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlOut;
import io.tunnelmesh.openflow.api.action.OfActionDecMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopMpls;
import io.tunnelmesh.openflow.api.action.OfActionPopPbb;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushMpls;
import io.tunnelmesh.openflow.api.action.OfActionPushPbb;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.action.OfActionUnknown;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.match.OxmArpOp;
import io.tunnelmesh.openflow.api.match.OxmArpSha;
import io.tunnelmesh.openflow.api.match.OxmArpSpa;
import io.tunnelmesh.openflow.api.match.OxmArpTha;
import io.tunnelmesh.openflow.api.match.OxmArpTpa;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Type;
import io.tunnelmesh.openflow.api.match.OxmIcmpv6Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv6Type;
import io.tunnelmesh.openflow.api.match.OxmInPhyPort;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpDscp;
import io.tunnelmesh.openflow.api.match.OxmIpEcn;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmIpv4Src;
import io.tunnelmesh.openflow.api.match.OxmIpv6Dst;
import io.tunnelmesh.openflow.api.match.OxmIpv6Exthdr;
import io.tunnelmesh.openflow.api.match.OxmIpv6Flabel;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdSll;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdTarget;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdTll;
import io.tunnelmesh.openflow.api.match.OxmIpv6Src;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmMplsBos;
import io.tunnelmesh.openflow.api.match.OxmMplsLabel;
import io.tunnelmesh.openflow.api.match.OxmMplsTc;
import io.tunnelmesh.openflow.api.match.OxmPbbIsid;
import io.tunnelmesh.openflow.api.match.OxmSctpDst;
import io.tunnelmesh.openflow.api.match.OxmSctpSrc;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.match.OxmTcpSrc;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.match.OxmUdpDst;
import io.tunnelmesh.openflow.api.match.OxmUdpSrc;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.api.match.OxmVlanPcp;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import java.util.List;

/**
 * The encoder's dispatch for the built-in field and action records: a {@code switch} over the sealed
 * {@link OxmField} and {@link OfAction} hierarchies gives each record class a small index, and a registry keeps its
 * codecs for those classes in arrays at those indexes. The JIT turns the {@code switch} into a short chain of class
 * pointer comparisons (the records are final, the most frequent come first), where a lookup by class needs the class
 * mirror's identity hash and a probe (see {@link ClassTable}): the registry looks a codec up per OXM field and per
 * action it writes, seven times for a tunnel FLOW_MOD.
 *
 * <p>The arrays hold exactly what the registry's class table holds for those classes, {@code null} included, so the
 * codec found is the one the registry was built with (a registry without a built-in codec has none here either, and
 * no extension can replace a built-in one: the registry refuses a second codec for a class). Fields and actions of
 * the open branches ({@link OxmExtensionField}, {@link OfActionExtension}) other than the few Nicira tunnel fields
 * listed here have index {@link #NONE} and are looked up by class as before.
 */
final class BuiltinCodecIndex {
    /** The index of a class with no slot of its own. */
    static final int NONE = -1;

    /** The field classes, at their {@link #of(OxmField)} indexes. */
    static final List<Class<? extends OxmField>> FIELD_CLASSES = List.of(
        OxmInPort.class, OxmTunnelId.class, OxmMetadata.class, OxmEthDst.class, OxmEthSrc.class, OxmEthType.class,
        NxmTunIpv4Dst.class, NxmTunIpv4Src.class, NxmTunIpv6Dst.class, NxmTunIpv6Src.class, OxmVlanVid.class,
        OxmIpProto.class, OxmIpv4Src.class, OxmIpv4Dst.class, OxmTcpSrc.class, OxmTcpDst.class, OxmUdpSrc.class,
        OxmUdpDst.class, OxmArpOp.class, OxmArpSpa.class, OxmArpTpa.class, OxmArpSha.class, OxmArpTha.class,
        OxmIpv6Src.class, OxmIpv6Dst.class, OxmInPhyPort.class, OxmVlanPcp.class, OxmIpDscp.class, OxmIpEcn.class,
        OxmSctpSrc.class, OxmSctpDst.class, OxmIcmpv4Type.class, OxmIcmpv4Code.class, OxmIpv6Flabel.class,
        OxmIcmpv6Type.class, OxmIcmpv6Code.class, OxmIpv6NdTarget.class, OxmIpv6NdSll.class, OxmIpv6NdTll.class,
        OxmMplsLabel.class, OxmMplsTc.class, OxmMplsBos.class, OxmPbbIsid.class, OxmIpv6Exthdr.class);

    /** The action classes, at their {@link #of(OfAction)} indexes. */
    static final List<Class<? extends OfAction>> ACTION_CLASSES = List.of(
        OfActionOutput.class, OfActionSetField.class, OfActionGroup.class, OfActionPushVlan.class,
        OfActionPopVlan.class, OfActionSetQueue.class, OfActionDecNwTtl.class, OfActionCopyTtlOut.class,
        OfActionCopyTtlIn.class, OfActionSetMplsTtl.class, OfActionDecMplsTtl.class, OfActionPushMpls.class,
        OfActionPopMpls.class, OfActionSetNwTtl.class, OfActionPushPbb.class, OfActionPopPbb.class);

    private BuiltinCodecIndex() {
        // Hidden on purpose
    }

    /**
     * The index of a field's class in {@link #FIELD_CLASSES}.
     *
     * @param field the field
     * @return the index, or {@link #NONE}
     */
    @SuppressWarnings("checkstyle:CyclomaticComplexity") // one case per record
    static int of(final OxmField field) {
        return switch (field) {
            case OxmInPort f -> 0;
            case OxmTunnelId f -> 1;
            case OxmMetadata f -> 2;
            case OxmEthDst f -> 3;
            case OxmEthSrc f -> 4;
            case OxmEthType f -> 5;
            case NxmTunIpv4Dst f -> 6;
            case NxmTunIpv4Src f -> 7;
            case NxmTunIpv6Dst f -> 8;
            case NxmTunIpv6Src f -> 9;
            case OxmVlanVid f -> 10;
            case OxmIpProto f -> 11;
            case OxmIpv4Src f -> 12;
            case OxmIpv4Dst f -> 13;
            case OxmTcpSrc f -> 14;
            case OxmTcpDst f -> 15;
            case OxmUdpSrc f -> 16;
            case OxmUdpDst f -> 17;
            case OxmArpOp f -> 18;
            case OxmArpSpa f -> 19;
            case OxmArpTpa f -> 20;
            case OxmArpSha f -> 21;
            case OxmArpTha f -> 22;
            case OxmIpv6Src f -> 23;
            case OxmIpv6Dst f -> 24;
            case OxmInPhyPort f -> 25;
            case OxmVlanPcp f -> 26;
            case OxmIpDscp f -> 27;
            case OxmIpEcn f -> 28;
            case OxmSctpSrc f -> 29;
            case OxmSctpDst f -> 30;
            case OxmIcmpv4Type f -> 31;
            case OxmIcmpv4Code f -> 32;
            case OxmIpv6Flabel f -> 33;
            case OxmIcmpv6Type f -> 34;
            case OxmIcmpv6Code f -> 35;
            case OxmIpv6NdTarget f -> 36;
            case OxmIpv6NdSll f -> 37;
            case OxmIpv6NdTll f -> 38;
            case OxmMplsLabel f -> 39;
            case OxmMplsTc f -> 40;
            case OxmMplsBos f -> 41;
            case OxmPbbIsid f -> 42;
            case OxmIpv6Exthdr f -> 43;
            case OxmExtensionField f -> NONE;
            case OxmUnknown f -> NONE;
        };
    }

    /**
     * The index of an action's class in {@link #ACTION_CLASSES}.
     *
     * @param action the action
     * @return the index, or {@link #NONE}
     */
    static int of(final OfAction action) {
        return switch (action) {
            case OfActionOutput a -> 0;
            case OfActionSetField a -> 1;
            case OfActionGroup a -> 2;
            case OfActionPushVlan a -> 3;
            case OfActionPopVlan a -> 4;
            case OfActionSetQueue a -> 5;
            case OfActionDecNwTtl a -> 6;
            case OfActionCopyTtlOut a -> 7;
            case OfActionCopyTtlIn a -> 8;
            case OfActionSetMplsTtl a -> 9;
            case OfActionDecMplsTtl a -> 10;
            case OfActionPushMpls a -> 11;
            case OfActionPopMpls a -> 12;
            case OfActionSetNwTtl a -> 13;
            case OfActionPushPbb a -> 14;
            case OfActionPopPbb a -> 15;
            case OfActionExtension a -> NONE;
            case OfActionExperimenter a -> NONE;
            case OfActionUnknown a -> NONE;
        };
    }
}
