/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FlowTableTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static FlowEntry entry(final int priority, final OxmField... fields) {
        try {
            final OfFlowMod mod = OfFlowMod.builder().priority(priority).match(OfMatch.of(fields)).build();
            final FlowMatch match = FlowMatch.of(mod.match());
            return FlowEntry.added(0, mod, match, FlowInstructions.of(mod.instructions(), 0, match), NOW);
        } catch (RequestRefusedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void amongEqualPrioritiesTheFirstAddedWinsAndAReplacementKeepsItsPlace() {
        final var table = new FlowTable(0);
        final FlowEntry byPort = entry(10, OxmInPort.of(1));
        final FlowEntry byMac = entry(10, OxmEthDst.of(TestSwitches.mac(1)));
        table.add(byPort);
        table.add(byMac);
        final Packet packet = Packet.builder().inPort(1).ethDst(TestSwitches.mac(1)).build();
        assertSame(byPort, table.lookup(packet, false));
        final FlowEntry replacement = entry(10, OxmInPort.of(1));
        table.replace(byPort, replacement);
        assertSame(replacement, table.lookup(packet, false));
        assertEquals(List.of(replacement, byMac), table.entries());
        table.remove(replacement);
        assertSame(byMac, table.lookup(packet, false));
        table.remove(byMac);
        assertNull(table.lookup(packet, false));
        assertEquals(0, table.size());
    }

    @Test
    void aCopyChangesIndependently() {
        final var table = new FlowTable(3);
        table.add(entry(1, OxmInPort.of(1)));
        final FlowTable copy = table.copy();
        copy.add(entry(2, OxmInPort.of(1)));
        copy.remove(table.entries().get(0));
        assertEquals(1, table.size());
        assertEquals(1, table.lookup(Packet.builder().inPort(1).build(), false).priority());
        assertEquals(2, copy.lookup(Packet.builder().inPort(1).build(), false).priority());
    }

    @Property
    void theClassifierFindsWhatAScanInPriorityOrderFinds(@ForAll @Size(max = 30) final List<@From("entries")
            FlowEntry> entries, @ForAll @Size(min = 1, max = 10) final List<@From("packets") Packet> packets,
            @ForAll @Size(max = 10) final List<Integer> removals) {
        final var table = filled(entries, new ArrayList<>());
        for (int removal : removals) {
            final List<FlowEntry> held = table.entries();
            if (!held.isEmpty()) {
                table.remove(held.get(Math.floorMod(removal, held.size())));
            }
        }
        final List<FlowEntry> scan = table.entries();
        for (int index = 1; index < scan.size(); index++) {
            assertEquals(true, scan.get(index - 1).priority() >= scan.get(index).priority());
        }
        for (Packet packet : packets) {
            final FlowEntry expected = scan.stream().filter(entry -> entry.match().matches(packet)).findFirst()
                .orElse(null);
            assertSame(expected, table.lookup(packet, false), packet::toString);
        }
    }

    @Property
    void strictFindReturnsEachHeldEntryByItsMatchAndPriorityAndNothingElse(@ForAll @Size(max = 30) final
            List<@From("entries") FlowEntry> entries, @ForAll @Size(max = 10) final List<Integer> removals) {
        final var removed = new ArrayList<FlowEntry>();
        final var table = filled(entries, removed);
        for (int removal : removals) {
            final List<FlowEntry> held = table.entries();
            if (!held.isEmpty()) {
                final FlowEntry gone = held.get(Math.floorMod(removal, held.size()));
                table.remove(gone);
                removed.add(gone);
            }
        }
        final List<FlowEntry> held = table.entries();
        for (FlowEntry entry : held) {
            assertSame(entry, table.find(entry.match(), entry.priority()), entry::toString);
        }
        for (FlowEntry entry : removed) {
            if (held.stream().noneMatch(kept -> kept == entry)) {
                final FlowEntry found = table.find(entry.match(), entry.priority());
                assertTrue(found == null || held.contains(found), entry::toString);
            }
        }
    }

    @Provide
    Arbitrary<FlowEntry> entries() {
        final Arbitrary<Long> masks = Arbitraries.of(-1L, 0xfL, 0x3L);
        final Arbitrary<Integer> values = Arbitraries.integers().between(0, 7);
        final Arbitrary<OxmField> metadata = Combinators.combine(values, masks)
            .as((value, mask) -> OxmMetadata.masked(value, mask));
        final Arbitrary<OxmField> reg = Combinators.combine(values, masks)
            .as((value, mask) -> NxmReg.masked(0, value, mask.intValue()));
        final Arbitrary<OxmField> mac = values.map(value -> OxmEthDst.of(new MacAddress(value)));
        final Arbitrary<OxmField> port = Arbitraries.integers().between(1, 3).map(OxmInPort::of);
        return Combinators.combine(Arbitraries.integers().between(0, 3), metadata.optional(), reg.optional(),
            mac.optional(), port.optional()).as((priority, a, b, c, d) -> {
                final var fields = new ArrayList<OxmField>();
                a.ifPresent(fields::add);
                b.ifPresent(fields::add);
                c.ifPresent(fields::add);
                d.ifPresent(fields::add);
                return entry(priority, fields.toArray(OxmField[]::new));
            });
    }

    @Provide
    Arbitrary<Packet> packets() {
        final Arbitrary<Integer> small = Arbitraries.integers().between(0, 7);
        return Combinators.combine(small, small, small, Arbitraries.integers().between(1, 3))
            .as((metadata, reg, mac, port) -> Packet.builder().metadata(metadata).reg(0, reg)
                .ethDst(new MacAddress(mac)).inPort(port).build());
    }

    /** A table given the entries in order, each replacing a held one of the same match and priority (into replaced). */
    private static FlowTable filled(final List<FlowEntry> entries, final List<FlowEntry> replaced) {
        final var table = new FlowTable(0);
        for (FlowEntry entry : entries) {
            final FlowEntry old = table.find(entry.match(), entry.priority());
            if (old == null) {
                table.add(entry);
            } else {
                table.replace(old, entry);
                replaced.add(old);
            }
        }
        return table;
    }
}
