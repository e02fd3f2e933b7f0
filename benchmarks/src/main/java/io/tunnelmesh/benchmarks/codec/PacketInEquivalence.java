/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.codec;

import com.google.common.primitives.Longs;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.types.rev130731.PortNumber;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entries.grouping.MatchEntry;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entry.value.grouping.match.entry.value.InPortCase;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entry.value.grouping.match.entry.value.TunnelIdCase;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.protocol.rev130731.PacketInMessage;

/**
 * Checks that both libraries read the benchmark's PACKET_IN the same way, field by field, and the way
 * {@code ovs-ofctl ofp-print} reads it.
 */
final class PacketInEquivalence {
    private PacketInEquivalence() {
        // Hidden on purpose
    }

    static void check(final Object ours, final PacketInMessage theirs, final int dataLength) {
        if (!(ours instanceof OfPacketIn packetIn)) {
            throw new IllegalStateException("TunnelMesh did not decode a PACKET_IN: " + ours);
        }
        final var mismatches = new ArrayList<String>();
        expect(mismatches, "xid", 0L, Integer.toUnsignedLong(packetIn.xid()), theirs.requireXid().toJava());
        expect(mismatches, "buffer_id", 0xffffffffL, Integer.toUnsignedLong(packetIn.bufferId()),
            theirs.requireBufferId().toJava());
        expect(mismatches, "total_len", dataLength, packetIn.totalLength(), theirs.requireTotalLen().toJava());
        expect(mismatches, "reason", 1, packetIn.reason(), theirs.requireReason().getIntValue());
        expect(mismatches, "table_id", 0L, (long) packetIn.tableId(), theirs.requireTableId().getValue().toJava());
        expect(mismatches, "cookie", CodecBenchmark.COOKIE, packetIn.cookie(), theirs.requireCookie().longValue());
        final var entries = theirs.nonnullMatch().nonnullMatchEntry();
        expect(mismatches, "match", List.of(OxmInPort.of(CodecBenchmark.IN_PORT),
            OxmTunnelId.of(CodecBenchmark.TUNNEL_ID)), packetIn.match().fields(), entries.size() != 2 ? entries
                : List.of(OxmInPort.of(inPort(entries.get(0)).getValue().intValue()),
                    OxmTunnelId.of(Longs.fromByteArray(tunnelId(entries.get(1))))));
        if (packetIn.data().length() != dataLength
            || !Arrays.equals(packetIn.data().toByteArray(), theirs.requireData())) {
            mismatches.add("data: ours " + packetIn.data().toHex() + ", theirs "
                + Arrays.toString(theirs.requireData()));
        }
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("the libraries decode the PACKET_IN differently: " + mismatches);
        }
    }

    private static PortNumber inPort(final MatchEntry entry) {
        final var value = (InPortCase) Objects.requireNonNull(entry.getMatchEntryValue(), "in_port value");
        return Objects.requireNonNull(Objects.requireNonNull(value.getInPort(), "in_port").getPortNumber(), "port");
    }

    private static byte[] tunnelId(final MatchEntry entry) {
        final var value = (TunnelIdCase) Objects.requireNonNull(entry.getMatchEntryValue(), "tun_id value");
        return Objects.requireNonNull(value.getTunnelId(), "tunnel_id").requireTunnelId();
    }

    private static void expect(final List<String> mismatches, final String field, final Object expected,
            final Object ours, final Object theirs) {
        if (!Objects.equals(expected, ours) || !Objects.equals(expected, theirs)) {
            mismatches.add(field + ": expected " + expected + ", ours " + ours + ", theirs " + theirs);
        }
    }
}
