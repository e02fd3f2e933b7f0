/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionController;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionController2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCtClear;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecTtlCntIds;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecap;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionEncap;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionExit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionLearn;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionNat;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionNote;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionPopQueue;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegMove;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTable;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTableCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel64;
import io.tunnelmesh.openflow.api.ext.nicira.NxEncapProperty;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.ext.nicira.NxLearnSpec;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid Nicira actions, one generator per action class, so that the property test can check it covers every
 * registered Nicira codec.
 */
final class NiciraArbitraries {
    private NiciraArbitraries() {
        // Hidden on purpose
    }

    static Map<Class<?>, Arbitrary<? extends OfAction>> byClass() {
        return Map.ofEntries(
            Map.entry(NxActionResubmit.class, u16().map(NxActionResubmit::new)),
            Map.entry(NxActionResubmitTable.class, Combinators.combine(u16(), u8()).as(NxActionResubmitTable::new)),
            Map.entry(NxActionResubmitTableCt.class, Combinators.combine(u16(), u8())
                .as(NxActionResubmitTableCt::new)),
            Map.entry(NxActionSetTunnel.class, Arbitraries.integers().map(NxActionSetTunnel::new)),
            Map.entry(NxActionSetTunnel64.class, Arbitraries.longs().map(NxActionSetTunnel64::new)),
            Map.entry(NxActionPopQueue.class, Arbitraries.just(NxActionPopQueue.INSTANCE)),
            Map.entry(NxActionExit.class, Arbitraries.just(NxActionExit.INSTANCE)),
            Map.entry(NxActionCtClear.class, Arbitraries.just(NxActionCtClear.INSTANCE)),
            Map.entry(NxActionDecNshTtl.class, Arbitraries.just(NxActionDecNshTtl.INSTANCE)),
            Map.entry(NxActionDecap.class, Arbitraries.integers().map(NxActionDecap::new)),
            Map.entry(NxActionNote.class, bytes(0, 40).map(NxActionNote::padded)),
            Map.entry(NxActionDecTtlCntIds.class, u16().list().ofMaxSize(7).map(NxActionDecTtlCntIds::new)),
            Map.entry(NxActionController.class, Combinators.combine(u16(), u16(), u8()).as(NxActionController::new)),
            Map.entry(NxActionController2.class, controller2Properties().list().ofMaxSize(6)
                .map(NxActionController2::new)),
            Map.entry(NxActionRegLoad.class, regLoads()),
            Map.entry(NxActionRegLoad2.class, Combinators.combine(Arbitraries.integers().between(0, 127),
                Arbitraries.of(true, false), bytes(1, 16))
                .as((field, mask, payload) -> new NxActionRegLoad2(new OxmUnknown(1, field, mask, payload)))),
            Map.entry(NxActionRegMove.class, regMoves()),
            Map.entry(NxActionOutputReg.class, fields(false).flatMap(field -> subfield(field, 64)
                .flatMap(bits -> u16().map(max -> new NxActionOutputReg(field, bits[0], bits[1], max))))),
            Map.entry(NxActionOutputReg2.class, fields(true).flatMap(field -> subfield(field, 64)
                .flatMap(bits -> u16().map(max -> new NxActionOutputReg2(field, bits[0], bits[1], max))))),
            Map.entry(NxActionCt.class, cts()),
            Map.entry(NxActionNat.class, nats()),
            Map.entry(NxActionEncap.class, Combinators.combine(u16(), Arbitraries.of(NxActionEncap.ETHERNET,
                NxActionEncap.NSH, NxActionEncap.MPLS, NxActionEncap.MPLS_MC), encapProperties().list().ofMaxSize(4))
                .as(NxActionEncap::new)),
            Map.entry(NxActionLearn.class, learns()));
    }

    static Arbitrary<OfAction> actions() {
        return Arbitraries.oneOf(byClass().values().stream().map(a -> a.map(OfAction.class::cast)).toList());
    }

    static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xff);
    }

    static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xffff);
    }

    static Arbitrary<OfBytes> bytes(final int min, final int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(OfBytes::copyOf);
    }

    /** Fields with 1 to 16 value bytes; experimenter (8-byte) headers only if allowed. */
    static Arbitrary<NxFieldRef> fields(final boolean experimenter) {
        final Arbitrary<NxFieldRef> plain = Combinators.combine(Arbitraries.of(0x0000, 0x0001, 0x8000, 0x8001),
            Arbitraries.integers().between(0, 127), Arbitraries.integers().between(1, 16))
            .as((oxmClass, field, length) -> NxFieldRef.of(oxmClass << 16 | field << 9 | length));
        if (!experimenter) {
            return plain;
        }
        final Arbitrary<NxFieldRef> exp = Combinators.combine(Arbitraries.integers().between(0, 127),
            Arbitraries.integers().between(1, 16), Arbitraries.integers())
            .as((field, length, id) -> new NxFieldRef(0xffff0000 | field << 9 | length + 4, id));
        return Arbitraries.oneOf(plain, exp);
    }

    /** {ofs, nbits} within the field, nbits at most {@code maxBits}. */
    static Arbitrary<int[]> subfield(final NxFieldRef field, final int maxBits) {
        return Arbitraries.integers().between(0, field.width() - 1).flatMap(ofs -> Arbitraries.integers()
            .between(1, Math.min(maxBits, field.width() - ofs)).map(nbits -> new int[] {ofs, nbits}));
    }

    private static Arbitrary<NxActionRegLoad> regLoads() {
        return fields(false).flatMap(field -> subfield(field, 64).flatMap(bits -> Arbitraries.longs()
            .map(value -> new NxActionRegLoad(field, bits[0], bits[1], bits[1] == 64 ? value
                : value & (1L << bits[1]) - 1))));
    }

    private static Arbitrary<NxActionRegMove> regMoves() {
        return Combinators.combine(fields(true), fields(true)).as(List::of).flatMap(pair -> {
            final int width = Math.min(pair.get(0).width(), pair.get(1).width());
            return Arbitraries.integers().between(1, width).flatMap(nbits -> Combinators.combine(
                Arbitraries.integers().between(0, pair.get(0).width() - nbits),
                Arbitraries.integers().between(0, pair.get(1).width() - nbits))
                .as((srcOfs, dstOfs) -> new NxActionRegMove(pair.get(0), srcOfs, pair.get(1), dstOfs, nbits)));
        });
    }

    private static Arbitrary<NxActionCt> cts() {
        final Arbitrary<NxActionCt.Zone> zones = Arbitraries.oneOf(u16().map(NxActionCt.ImmediateZone::new),
            fields(false).filter(field -> field.header() != 0 && field.width() >= 16).flatMap(field -> Arbitraries
                .integers().between(0, field.width() - 16).map(ofs -> new NxActionCt.FieldZone(field, ofs))));
        final Arbitrary<List<OfAction>> committed = Arbitraries.oneOf(regLoads().map(OfAction.class::cast),
            nats().map(OfAction.class::cast)).list().ofMaxSize(3);
        final Arbitrary<List<OfAction>> uncommitted = Arbitraries.of(List.of(), List.of(NxActionNat.existing()));
        return Arbitraries.of(0, NxActionCt.COMMIT, NxActionCt.COMMIT | NxActionCt.FORCE).flatMap(flags ->
            Combinators.combine(zones, u8(), u16(), flags == 0 ? uncommitted : committed)
                .as((zone, table, alg, nested) -> new NxActionCt(flags, zone, table, alg, nested)));
    }

    static Arbitrary<NxActionNat> nats() {
        final Arbitrary<Integer> flags = Combinators.combine(Arbitraries.of(0, NxActionNat.SRC, NxActionNat.DST),
            Arbitraries.of(0, NxActionNat.PERSISTENT), Arbitraries.of(0, NxActionNat.PROTO_HASH,
            NxActionNat.PROTO_RANDOM)).as((a, b, c) -> a | b | c);
        final Arbitrary<List<InetAddress>> ranges = Arbitraries.oneOf(
            Arbitraries.just(List.of()),
            addressPair(4).map(List::copyOf), addressPair(16).map(List::copyOf),
            addressPair(4).map(pair -> List.of(pair.get(0))), addressPair(16).map(pair -> List.of(pair.get(0))));
        final Arbitrary<int[]> ports = Arbitraries.oneOf(Arbitraries.just(new int[] {0, 0}),
            Arbitraries.integers().between(1, 0xffff).map(p -> new int[] {p, 0}),
            Combinators.combine(Arbitraries.integers().between(1, 0xffff), Arbitraries.integers().between(1, 0xffff))
                .as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)}));
        return Combinators.combine(flags, ranges, ports).as((f, range, port) -> range.isEmpty()
            ? new NxActionNat(f, null, null, 0, 0)
            : new NxActionNat(f, range.get(0), range.size() > 1 ? range.get(1) : null, port[0], port[1]));
    }

    private static Arbitrary<List<InetAddress>> addressPair(final int length) {
        return Combinators.combine(bytes(length, length), bytes(length, length)).as((a, b) -> {
            final byte[] x = a.toByteArray();
            final byte[] y = b.toByteArray();
            x[length - 1] |= 1;
            y[length - 1] |= 1;
            return Arrays.compareUnsigned(x, y) <= 0 ? List.of(address(x), address(y))
                : List.of(address(y), address(x));
        });
    }

    private static InetAddress address(final byte[] bytes) {
        try {
            return bytes.length == 4 ? (Inet4Address) InetAddress.getByAddress(bytes)
                : Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static Arbitrary<NxEncapProperty> encapProperties() {
        return Arbitraries.oneOf(
            u8().map(NxEncapProperty.NshMdType::new),
            Combinators.combine(u16(), u8(), bytes(0, 20)).as(NxEncapProperty.NshTlv::new),
            Combinators.combine(Arbitraries.integers().between(5, 0xffff), u8(), bytes(0, 20))
                .as(NxEncapProperty.Unknown::new));
    }

    private static Arbitrary<NxActionController2.Property> controller2Properties() {
        return Arbitraries.oneOf(
            u16().map(NxActionController2.MaxLength::new),
            u16().map(NxActionController2.ControllerId::new),
            u8().map(NxActionController2.Reason::new),
            bytes(0, 20).map(NxActionController2.Userdata::new),
            Arbitraries.just(NxActionController2.Pause.INSTANCE),
            Arbitraries.integers().map(NxActionController2.MeterId::new));
    }

    private static Arbitrary<NxActionLearn> learns() {
        return Combinators.combine(u16(), u16(), u16(), Arbitraries.longs(), Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 254), Combinators.combine(u16(), u16()).as(List::of),
            learnSpecs().list().ofMaxSize(4))
            .as((idle, hard, priority, cookie, flags, table, fin, specs) -> new NxActionLearn(idle, hard, priority,
                cookie, flags, table, fin.get(0), fin.get(1), specs));
    }

    private static Arbitrary<NxLearnSpec> learnSpecs() {
        return Combinators.combine(fields(false), fields(false)).as(List::of).flatMap(pair -> {
            final var src = pair.get(0);
            final var dst = pair.get(1);
            final int width = Math.min(src.width(), dst.width());
            return Arbitraries.integers().between(1, width).flatMap(nbits -> Combinators.combine(
                Arbitraries.integers().between(0, src.width() - nbits),
                Arbitraries.integers().between(0, dst.width() - nbits),
                bytes(NxLearnSpec.valueLength(nbits), NxLearnSpec.valueLength(nbits)),
                Arbitraries.integers().between(0, 4))
                .as((srcOfs, dstOfs, value, kind) -> switch (kind) {
                    case 0 -> new NxLearnSpec.MatchField(nbits, src, srcOfs, dst, dstOfs);
                    case 1 -> new NxLearnSpec.MatchValue(nbits, value, dst, dstOfs);
                    case 2 -> new NxLearnSpec.LoadField(nbits, src, srcOfs, dst, dstOfs);
                    case 3 -> new NxLearnSpec.LoadValue(nbits, value, dst, dstOfs);
                    default -> new NxLearnSpec.OutputField(nbits, src, srcOfs);
                }));
        });
    }
}
