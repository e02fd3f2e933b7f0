/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import java.math.BigInteger;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A flow's match, checked and normalised: for each storage slot of a packet, the bits the match pins and their
 * values. Two matches naming the same fields in another order, or an exact value and an all-ones mask, are equal,
 * which is what "identical match" means for strict modify and delete and for replacing a flow on add (OpenFlow 1.3.5
 * section 6.4). A field under an all-zero mask constrains nothing and is dropped, as Open vSwitch drops it.
 */
public final class FlowMatch {
    /** The match of every packet. */
    public static final FlowMatch ALL = new FlowMatch(OfMatch.ALL, new EnumMap<>(PacketSlot.class));

    private final OfMatch match;
    private final Map<PacketSlot, SlotBits> slots;
    private final Map<PacketSlot, BigInteger> masks;
    private final List<BigInteger> values;

    private FlowMatch(final OfMatch match, final Map<PacketSlot, SlotBits> slots) {
        this.match = match;
        this.slots = Collections.unmodifiableMap(slots);
        final var slotMasks = new EnumMap<PacketSlot, BigInteger>(PacketSlot.class);
        slots.forEach((slot, bits) -> slotMasks.put(slot, bits.mask()));
        masks = Collections.unmodifiableMap(slotMasks);
        values = slots.values().stream().map(SlotBits::value).toList();
    }

    /**
     * Checks and normalises a match as Open vSwitch does when it decodes one.
     *
     * @param match the match
     * @return the normalised match
     * @throws RequestRefusedException {@code OFPBMC_BAD_FIELD} for a field not modelled, {@code OFPBMC_DUP_FIELD}
     *     for a field given twice (or two fields sharing bits, such as {@code reg0} and {@code xreg0}),
     *     {@code OFPBMC_BAD_PREREQ} for a field whose prerequisites the match does not pin (a TCP port without
     *     {@code eth_type} and {@code ip_proto}); the order of the fields does not matter
     */
    public static FlowMatch of(final OfMatch match) throws RequestRefusedException {
        final var slots = new EnumMap<PacketSlot, SlotBits>(PacketSlot.class);
        for (OxmField field : match.fields()) {
            final FieldValue value = OxmFields.valueOf(field);
            if (value == null) {
                throw new RequestRefusedException(OfErrorCode.OFPBMC_BAD_FIELD, "cannot match on " + field);
            }
            if (value.mask().signum() == 0) {
                continue;
            }
            final PacketField packetField = value.field();
            final BigInteger mask = packetField.toSlot(value.mask());
            final SlotBits old = slots.getOrDefault(packetField.slot(), SlotBits.NONE);
            if (old.mask().and(mask).signum() != 0) {
                throw new RequestRefusedException(OfErrorCode.OFPBMC_DUP_FIELD, packetField + " matched twice");
            }
            slots.put(packetField.slot(), new SlotBits(old.value().or(packetField.toSlot(value.value())),
                old.mask().or(mask)));
        }
        final var normalised = new FlowMatch(match, slots);
        for (OxmField field : match.fields()) {
            final FieldValue value = OxmFields.valueOf(field);
            if (value != null && !value.field().prerequisite().isMetBy(normalised::pinned)) {
                throw new RequestRefusedException(OfErrorCode.OFPBMC_BAD_PREREQ, value.field()
                    + " needs the match to pin its prerequisites (" + value.field().prerequisite() + ")");
            }
        }
        return normalised;
    }

    /**
     * The match as it was given, for statistics and flow-removed messages.
     *
     * @return the match
     */
    public OfMatch ofMatch() {
        return match;
    }

    /**
     * Whether a packet matches.
     *
     * @param packet the packet
     * @return whether every pinned bit equals the packet's
     */
    public boolean matches(final Packet packet) {
        for (var entry : slots.entrySet()) {
            final SlotBits bits = entry.getValue();
            if (!packet.slot(entry.getKey()).and(bits.mask()).equals(bits.value())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether this match is at least as specific as another: every packet it matches, {@code wider} matches too.
     * That is how non-strict modify, delete and statistics requests select flows (OpenFlow 1.3.5 section 6.4).
     *
     * @param wider the request's match
     * @return whether every bit {@code wider} pins, this match pins to the same value
     */
    public boolean isWithin(final FlowMatch wider) {
        for (var entry : wider.slots.entrySet()) {
            final SlotBits mine = slots.getOrDefault(entry.getKey(), SlotBits.NONE);
            final SlotBits theirs = entry.getValue();
            if (!mine.mask().and(theirs.mask()).equals(theirs.mask())
                    || !mine.value().and(theirs.mask()).equals(theirs.value())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some packet could match both, what {@code OFPFF_CHECK_OVERLAP} refuses at the same priority.
     *
     * @param other the other match
     * @return whether no bit both pin has different values
     */
    public boolean overlaps(final FlowMatch other) {
        for (var entry : slots.entrySet()) {
            final SlotBits theirs = other.slots.get(entry.getKey());
            if (theirs != null) {
                final SlotBits mine = entry.getValue();
                if (mine.value().xor(theirs.value()).and(mine.mask()).and(theirs.mask()).signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The bits {@code mask} of a field, if this match pins all of them: what set-field prerequisites are checked
     * against.
     *
     * @param field the field
     * @param mask the bits, within the field's width
     * @return their value, or {@code null} if the match leaves some of them open
     */
    @Nullable BigInteger pinned(final PacketField field, final BigInteger mask) {
        final SlotBits bits = slots.getOrDefault(field.slot(), SlotBits.NONE);
        final BigInteger wanted = field.toSlot(mask);
        return bits.mask().and(wanted).equals(wanted) ? field.fromSlot(bits.value()).and(mask) : null;
    }

    /**
     * The bits the match pins, slot by slot: what matches of one "shape" share in a classifier subtable.
     *
     * @return the masks, in slot order
     */
    Map<PacketSlot, BigInteger> masks() {
        return masks;
    }

    /**
     * The pinned values, in the slot order of {@link #masks()}.
     *
     * @return the values under the masks
     */
    List<BigInteger> values() {
        return values;
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof FlowMatch other && slots.equals(other.slots);
    }

    @Override
    public int hashCode() {
        return slots.hashCode();
    }

    @Override
    public String toString() {
        return match.fields().toString();
    }

    private record SlotBits(BigInteger value, BigInteger mask) {
        static final SlotBits NONE = new SlotBits(BigInteger.ZERO, BigInteger.ZERO);
    }
}
