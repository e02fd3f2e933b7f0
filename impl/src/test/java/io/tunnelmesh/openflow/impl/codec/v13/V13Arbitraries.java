/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlIn;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlOut;
import io.tunnelmesh.openflow.api.action.OfActionDecMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
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
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionClearActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionExperimenter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionUnknown;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmArpOp;
import io.tunnelmesh.openflow.api.match.OxmArpSha;
import io.tunnelmesh.openflow.api.match.OxmArpSpa;
import io.tunnelmesh.openflow.api.match.OxmArpTha;
import io.tunnelmesh.openflow.api.match.OxmArpTpa;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmEthType;
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
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfMeterBand;
import io.tunnelmesh.openflow.api.message.OfMeterBandDrop;
import io.tunnelmesh.openflow.api.message.OfMeterBandDscpRemark;
import io.tunnelmesh.openflow.api.message.OfMeterBandExperimenter;
import io.tunnelmesh.openflow.api.message.OfMeterBandUnknown;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the OpenFlow 1.3 model: every modelled OXM field (masked and not), unknown fields, every action
 * and instruction, including opaque ones whose codes do not collide with modelled ones.
 */
final class V13Arbitraries {
    private static final Set<Integer> MODELLED_OXM = V13OxmCodecs.all().stream()
        .map(codec -> codec.key().field()).collect(Collectors.toUnmodifiableSet());
    private static final Set<Integer> MODELLED_ACTIONS = Stream.concat(Stream.of(0xffff),
        V13ActionCodecs.all().stream().map(codec -> codec.key().type())).collect(Collectors.toUnmodifiableSet());

    private V13Arbitraries() {
        // Hidden on purpose
    }

    static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xff);
    }

    static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xffff);
    }

    static Arbitrary<OfBytes> bytes(final int maxLength) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxLength).map(OfBytes::copyOf);
    }

    static Arbitrary<OfBytes> bytesOfMultipleOf8(final int plus) {
        return Arbitraries.integers().between(0, 3).flatMap(words -> Arbitraries.bytes().array(byte[].class)
            .ofSize(words * 8 + plus).map(OfBytes::copyOf));
    }

    static Arbitrary<MacAddress> macs() {
        return Arbitraries.longs().between(0, 0xffff_ffff_ffffL).map(MacAddress::new);
    }

    static Arbitrary<Inet4Address> ipv4() {
        return Arbitraries.bytes().array(byte[].class).ofSize(4).map(b -> (Inet4Address) address(b));
    }

    static Arbitrary<Inet6Address> ipv6() {
        return Arbitraries.bytes().array(byte[].class).ofSize(16).map(b -> {
            try {
                return Inet6Address.getByAddress(null, b, -1);
            } catch (UnknownHostException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static InetAddress address(final byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static Arbitrary<OxmField> oxmFields() {
        final var longs = Arbitraries.longs();
        return Arbitraries.oneOf(List.of(
            Arbitraries.integers().map(OxmInPort::new),
            Combinators.combine(longs, longs.injectNull(0.5)).as(OxmMetadata::new),
            Combinators.combine(macs(), macs().injectNull(0.5)).as(OxmEthDst::new),
            Combinators.combine(macs(), macs().injectNull(0.5)).as(OxmEthSrc::new),
            u16().map(OxmEthType::new),
            Combinators.combine(Arbitraries.integers().between(0, 0x1fff),
                Arbitraries.integers().between(0, 0x1fff).injectNull(0.5)).as(OxmVlanVid::new),
            u8().map(OxmIpProto::new),
            Combinators.combine(ipv4(), ipv4().injectNull(0.5)).as(OxmIpv4Src::new),
            Combinators.combine(ipv4(), ipv4().injectNull(0.5)).as(OxmIpv4Dst::new),
            Combinators.combine(u16(), u16().injectNull(0.5)).as(OxmTcpSrc::new),
            Combinators.combine(u16(), u16().injectNull(0.5)).as(OxmTcpDst::new),
            Combinators.combine(u16(), u16().injectNull(0.5)).as(OxmUdpSrc::new),
            Combinators.combine(u16(), u16().injectNull(0.5)).as(OxmUdpDst::new), u16().map(OxmArpOp::new),
            Combinators.combine(ipv4(), ipv4().injectNull(0.5)).as(OxmArpSpa::new),
            Combinators.combine(ipv4(), ipv4().injectNull(0.5)).as(OxmArpTpa::new),
            Combinators.combine(macs(), macs().injectNull(0.5)).as(OxmArpSha::new),
            Combinators.combine(macs(), macs().injectNull(0.5)).as(OxmArpTha::new),
            Combinators.combine(ipv6(), ipv6().injectNull(0.5)).as(OxmIpv6Src::new),
            Combinators.combine(ipv6(), ipv6().injectNull(0.5)).as(OxmIpv6Dst::new),
            Combinators.combine(longs, longs.injectNull(0.5)).as(OxmTunnelId::new),
            unknownOxm(),
            newOxmFields()));
    }

    /** The fields added with the group and meter messages, as one choice so the other fields keep their odds. */
    static Arbitrary<OxmField> newOxmFields() {
        final var u16 = u16();
        return Arbitraries.oneOf(List.of(
            Arbitraries.integers().map(OxmInPhyPort::new),
            Arbitraries.integers().between(0, 7).map(OxmVlanPcp::new),
            Arbitraries.integers().between(0, 63).map(OxmIpDscp::new),
            Arbitraries.integers().between(0, 3).map(OxmIpEcn::new),
            Combinators.combine(u16, u16.injectNull(0.5)).as(OxmSctpSrc::new),
            Combinators.combine(u16, u16.injectNull(0.5)).as(OxmSctpDst::new),
            u8().map(OxmIcmpv4Type::new), u8().map(OxmIcmpv4Code::new),
            Combinators.combine(Arbitraries.integers().between(0, 0xfffff),
                Arbitraries.integers().injectNull(0.5)).as(OxmIpv6Flabel::new),
            u8().map(OxmIcmpv6Type::new), u8().map(OxmIcmpv6Code::new),
            Combinators.combine(ipv6(), ipv6().injectNull(0.5)).as(OxmIpv6NdTarget::new),
            Combinators.combine(macs(), macs().injectNull(0.5)).as(OxmIpv6NdSll::new),
            Combinators.combine(macs(), macs().injectNull(0.5)).as(OxmIpv6NdTll::new),
            Arbitraries.integers().between(0, 0xfffff).map(OxmMplsLabel::new),
            Arbitraries.integers().between(0, 7).map(OxmMplsTc::new),
            Arbitraries.integers().between(0, 1).map(OxmMplsBos::new),
            Combinators.combine(Arbitraries.integers().between(0, 0xffffff),
                Arbitraries.integers().between(0, 0xffffff).injectNull(0.5)).as(OxmPbbIsid::new),
            Combinators.combine(Arbitraries.integers().between(0, 0x1ff), u16.injectNull(0.5))
                .as(OxmIpv6Exthdr::new)));
    }

    static Arbitrary<OxmUnknown> unknownOxm() {
        return Combinators.combine(u16(), Arbitraries.integers().between(0, 0x7f), Arbitraries.of(true, false),
            bytes(40)).filter((oxmClass, field, mask, payload) -> oxmClass != 0xffff || payload.length() >= 4)
            .as(OxmUnknown::new)
            .filter(unknown -> unknown.oxmClass() != 0x8000 || !MODELLED_OXM.contains(unknown.field()));
    }

    static Arbitrary<OfMatch> matches() {
        return oxmFields().list().ofMaxSize(6).map(OfMatch::new);
    }

    static Arbitrary<OfAction> actions() {
        return Arbitraries.oneOf(List.of(
            Combinators.combine(Arbitraries.integers(), u16()).as(OfActionOutput::new),
            Arbitraries.integers().map(OfActionGroup::new),
            Arbitraries.integers().map(OfActionSetQueue::new),
            u16().map(OfActionPushVlan::new),
            Arbitraries.just(OfActionPopVlan.INSTANCE),
            Arbitraries.just(OfActionDecNwTtl.INSTANCE),
            oxmFields().map(OfActionSetField::new),
            Combinators.combine(Arbitraries.integers(), bytesOfMultipleOf8(0)).as(OfActionExperimenter::new),
            Combinators.combine(u16().filter(type -> !MODELLED_ACTIONS.contains(type)), bytesOfMultipleOf8(4))
                .as(OfActionUnknown::new),
            Arbitraries.oneOf(List.of(
                Arbitraries.just(OfActionCopyTtlOut.INSTANCE), Arbitraries.just(OfActionCopyTtlIn.INSTANCE),
                u8().map(OfActionSetMplsTtl::new), Arbitraries.just(OfActionDecMplsTtl.INSTANCE),
                u16().map(OfActionPushMpls::new), u16().map(OfActionPopMpls::new), u8().map(OfActionSetNwTtl::new),
                u16().map(OfActionPushPbb::new), Arbitraries.just(OfActionPopPbb.INSTANCE)))));
    }

    /** Group buckets, as a group mod and a group description carry them. */
    static Arbitrary<OfBucket> buckets() {
        return Combinators.combine(u16(), Arbitraries.integers(), Arbitraries.integers(), actionLists())
            .as(OfBucket::new);
    }

    /** Meter bands, as a meter mod and a meter configuration carry them; unknown ones at least 16 bytes long. */
    static Arbitrary<OfMeterBand> meterBands() {
        final var ints = Arbitraries.integers();
        return Arbitraries.oneOf(List.of(
            Combinators.combine(ints, ints).as(OfMeterBandDrop::new),
            Combinators.combine(ints, ints, u8()).as(OfMeterBandDscpRemark::new),
            Combinators.combine(ints, ints, ints, bytes(20)).as(OfMeterBandExperimenter::new),
            Combinators.combine(u16().filter(type -> type != 1 && type != 2 && type != 0xffff), ints,
                ints, bytes(20).filter(body -> body.length() >= 4)).as(OfMeterBandUnknown::new)));
    }

    static Arbitrary<List<OfAction>> actionLists() {
        return actions().list().ofMaxSize(5);
    }

    static Arbitrary<OfInstruction> instructions() {
        return Arbitraries.oneOf(List.of(
            u8().map(OfInstructionGotoTable::new),
            Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(OfInstructionWriteMetadata::new),
            actionLists().map(OfInstructionWriteActions::new),
            actionLists().map(OfInstructionApplyActions::new),
            Arbitraries.just(OfInstructionClearActions.INSTANCE),
            Arbitraries.integers().map(OfInstructionMeter::new),
            Combinators.combine(Arbitraries.integers(), bytesOfMultipleOf8(0)).as(OfInstructionExperimenter::new),
            Combinators.combine(Arbitraries.integers().between(7, 0xfffe), bytesOfMultipleOf8(4))
                .as(OfInstructionUnknown::new)));
    }

    static Arbitrary<OfFlowModCommand> commands() {
        return u8().map(OfFlowModCommand::valueOf);
    }
}
