/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.exactInt;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedBytes;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedInt;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedIpv4;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedIpv6;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedLong;

import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtLabel;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtMark;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtState;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtZone;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshFlags;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshMdtype;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshNp;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSpi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunFlags;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunId;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPacketType;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPktReg;
import io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The codecs of the match fields Open vSwitch adds to OpenFlow 1.3 (Open vSwitch {@code ovs-fields(7)}), with the
 * code points, widths and maskability Open vSwitch 3.1 uses: tunnel fields, registers, connection tracking fields,
 * Geneve options, NSH fields and packet type. Every field of a family (16 registers, 8 packet registers, 4 NSH
 * context headers, 64 tunnel metadata fields) is its own codec under its own key.
 */
public final class NiciraOxmCodecs {
    /** {@code NXOXM_NSH}: the experimenter id of Open vSwitch's NSH fields (a randomly generated OUI). */
    public static final int NSH_EXPERIMENTER = 0x005ad650;
    /** {@code OFPXMC_PACKET_REGS}: the OXM class of the 64-bit packet registers (OpenFlow 1.5). */
    public static final int PACKET_REGS = 0x8001;
    /** The field number of {@code OXM_OF_PACKET_TYPE} in {@code OFPXMC_OPENFLOW_BASIC}. */
    public static final int PACKET_TYPE_FIELD = 44;

    private static final int TUN_ID = 16;
    private static final int TUN_IPV4_SRC = 31;
    private static final int TUN_IPV4_DST = 32;
    private static final int TUN_FLAGS = 104;
    private static final int CT_STATE = 105;
    private static final int CT_ZONE = 106;
    private static final int CT_MARK = 107;
    private static final int CT_LABEL = 108;
    private static final int TUN_IPV6_SRC = 109;
    private static final int TUN_IPV6_DST = 110;
    private static final int NSH_FLAGS = 1;
    private static final int NSH_MDTYPE = 2;
    private static final int NSH_NP = 3;
    private static final int NSH_SPI = 4;
    private static final int NSH_SI = 5;
    private static final int NSH_C1 = 6;
    private static final int NSH_TTL = 10;

    private static final List<OxmKey> REG_KEYS = IntStream.range(0, NxmReg.COUNT).mapToObj(NiciraOxmCodecs::nx)
        .toList();
    private static final List<OxmKey> PKT_REG_KEYS = IntStream.range(0, OxmPktReg.COUNT)
        .mapToObj(index -> new OxmKey(PACKET_REGS, index, 0)).toList();
    private static final List<OxmKey> NSH_CONTEXT_KEYS = IntStream.range(0, 4)
        .mapToObj(slot -> nsh(NSH_C1 + slot)).toList();
    private static final List<OxmFieldCodec<?>> ALL = build();

    private NiciraOxmCodecs() {
        // Hidden on purpose
    }

    /**
     * Every Nicira and Open vSwitch field codec, one per key: 16 + 8 + 4 + 64 family members and 17 single fields.
     *
     * @return an immutable list
     */
    public static List<OxmFieldCodec<?>> all() {
        return ALL;
    }

    private static OxmKey nx(final int field) {
        return new OxmKey(OxmKey.NXM_1, field, 0);
    }

    private static OxmKey nsh(final int field) {
        return OxmKey.experimenter(NSH_EXPERIMENTER, field);
    }

    private static List<OxmFieldCodec<?>> build() {
        final var all = new ArrayList<OxmFieldCodec<?>>();
        all.add(maskedLong(nx(TUN_ID), "NXM_NX_TUN_ID", NxmTunId.class, NxmTunId::new, NxmTunId::value,
            NxmTunId::mask));
        all.add(maskedIpv4(nx(TUN_IPV4_SRC), "NXM_NX_TUN_IPV4_SRC", NxmTunIpv4Src.class, NxmTunIpv4Src::new,
            NxmTunIpv4Src::value, NxmTunIpv4Src::mask));
        all.add(maskedIpv4(nx(TUN_IPV4_DST), "NXM_NX_TUN_IPV4_DST", NxmTunIpv4Dst.class, NxmTunIpv4Dst::new,
            NxmTunIpv4Dst::value, NxmTunIpv4Dst::mask));
        all.add(maskedIpv6(nx(TUN_IPV6_SRC), "NXM_NX_TUN_IPV6_SRC", NxmTunIpv6Src.class, NxmTunIpv6Src::new,
            NxmTunIpv6Src::value, NxmTunIpv6Src::mask));
        all.add(maskedIpv6(nx(TUN_IPV6_DST), "NXM_NX_TUN_IPV6_DST", NxmTunIpv6Dst.class, NxmTunIpv6Dst::new,
            NxmTunIpv6Dst::value, NxmTunIpv6Dst::mask));
        all.add(maskedInt(nx(TUN_FLAGS), "NXM_NX_TUN_FLAGS", NxmTunFlags.class, 2, NxmTunFlags::new,
            NxmTunFlags::value, NxmTunFlags::mask));
        all.add(maskedInt(nx(CT_STATE), "NXM_NX_CT_STATE", NxmCtState.class, 4, NxmCtState::new, NxmCtState::value,
            NxmCtState::mask));
        all.add(exactInt(nx(CT_ZONE), "NXM_NX_CT_ZONE", NxmCtZone.class, 2, NxmCtZone::new, NxmCtZone::value));
        all.add(maskedInt(nx(CT_MARK), "NXM_NX_CT_MARK", NxmCtMark.class, 4, NxmCtMark::new, NxmCtMark::value,
            NxmCtMark::mask));
        all.add(maskedBytes(nx(CT_LABEL), "NXM_NX_CT_LABEL", NxmCtLabel.class, NxmCtLabel.LENGTH, NxmCtLabel::new,
            NxmCtLabel::value, NxmCtLabel::mask));
        for (int index = 0; index < NxmReg.COUNT; index++) {
            final int register = index;
            all.add(new FieldFamilyCodec<>(maskedInt(REG_KEYS.get(register), "NXM_NX_REG" + register, NxmReg.class,
                4, (value, mask) -> new NxmReg(register, value, mask), NxmReg::value, NxmReg::mask), REG_KEYS,
                NxmReg::index));
        }
        for (int index = 0; index < OxmPktReg.COUNT; index++) {
            final int register = index;
            all.add(new FieldFamilyCodec<>(maskedLong(PKT_REG_KEYS.get(register), "OXM_OF_PKT_REG" + register,
                OxmPktReg.class, (value, mask) -> new OxmPktReg(register, value, mask), OxmPktReg::value,
                OxmPktReg::mask), PKT_REG_KEYS, OxmPktReg::index));
        }
        all.addAll(TunMetadataCodec.all());
        all.add(maskedInt(nsh(NSH_FLAGS), "NXOXM_NSH_FLAGS", NxmNshFlags.class, 1, NxmNshFlags::new,
            NxmNshFlags::value, NxmNshFlags::mask));
        all.add(exactInt(nsh(NSH_MDTYPE), "NXOXM_NSH_MDTYPE", NxmNshMdtype.class, 1, NxmNshMdtype::new,
            NxmNshMdtype::value));
        all.add(exactInt(nsh(NSH_NP), "NXOXM_NSH_NP", NxmNshNp.class, 1, NxmNshNp::new, NxmNshNp::value));
        all.add(exactInt(nsh(NSH_SPI), "NXOXM_NSH_SPI", NxmNshSpi.class, 4, NxmNshSpi::new, NxmNshSpi::value));
        all.add(exactInt(nsh(NSH_SI), "NXOXM_NSH_SI", NxmNshSi.class, 1, NxmNshSi::new, NxmNshSi::value));
        for (int slot = 0; slot < NSH_CONTEXT_KEYS.size(); slot++) {
            final int header = slot + 1;
            all.add(new FieldFamilyCodec<>(maskedInt(NSH_CONTEXT_KEYS.get(slot), "NXOXM_NSH_C" + header,
                NxmNshContext.class, 4, (value, mask) -> new NxmNshContext(header, value, mask),
                NxmNshContext::value, NxmNshContext::mask), NSH_CONTEXT_KEYS, field -> field.index() - 1));
        }
        all.add(exactInt(nsh(NSH_TTL), "NXOXM_NSH_TTL", NxmNshTtl.class, 1, NxmNshTtl::new, NxmNshTtl::value));
        all.add(OxmFieldCodecs.of(OxmKey.basic(PACKET_TYPE_FIELD), "OXM_OF_PACKET_TYPE", OxmPacketType.class, 4, false,
            (payload, hasMask) -> new OxmPacketType(payload.readUnsignedShort(), payload.readUnsignedShort()),
            field -> false, (field, out) -> out.writeShort(field.namespace()).writeShort(field.nsType())));
        return List.copyOf(all);
    }
}
