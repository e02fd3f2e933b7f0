/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A flow's match, checked and normalised: for each storage slot of a packet, the bits the match pins and their
 * values. Two matches naming the same fields in another order, or an exact value and an all-ones mask, are equal,
 * which is what "identical match" means for strict modify and delete and for replacing a flow on add (OpenFlow 1.3.5
 * section 6.4). A field under an all-zero mask constrains nothing and is dropped, as Open vSwitch drops it.
 *
 * <p>Kept as its {@link Shape} (the pinned slots and their masks, shared by every match of that shape in the process)
 * and its {@link Values} (the pinned values, in the shape's slot order), each with its hash code computed once: a
 * table indexes its entries by both on every change.
 */
public final class FlowMatch {
    /** Shapes are few (a pipeline has a handful per table): each is kept once per process. */
    private static final Interner<Shape> SHAPES = Interners.newWeakInterner();
    private static final BigInteger[] NO_BITS = new BigInteger[0];

    /** The match of every packet. */
    public static final FlowMatch ALL = new FlowMatch(OfMatch.ALL, SHAPES.intern(new Shape(new PacketSlot[0],
        NO_BITS)), new Values(NO_BITS));

    private final OfMatch match;
    private final Shape shape;
    private final Values values;
    private final int hash;

    private FlowMatch(final OfMatch match, final Shape shape, final Values values) {
        this.match = match;
        this.shape = shape;
        this.values = values;
        hash = 31 * shape.hash + values.hash;
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
        final var slots = new EnumMap<PacketSlot, BigInteger[]>(PacketSlot.class);
        final var fields = new ArrayList<FieldValue>(match.fields().size());
        for (OxmField field : match.fields()) {
            final FieldValue value = OxmFields.valueOf(field);
            if (value == null) {
                throw new RequestRefusedException(OfErrorCode.OFPBMC_BAD_FIELD, "cannot match on " + field);
            }
            fields.add(value);
            if (value.mask().signum() == 0) {
                continue;
            }
            final PacketField packetField = value.field();
            final BigInteger mask = packetField.toSlot(value.mask());
            final BigInteger[] old = slots.get(packetField.slot());
            if (old == null) {
                slots.put(packetField.slot(), new BigInteger[] {packetField.toSlot(value.value()), mask});
                continue;
            }
            if (old[1].and(mask).signum() != 0) {
                throw new RequestRefusedException(OfErrorCode.OFPBMC_DUP_FIELD, packetField + " matched twice");
            }
            old[0] = old[0].or(packetField.toSlot(value.value()));
            old[1] = old[1].or(mask);
        }
        final var pinnedSlots = new PacketSlot[slots.size()];
        final var masks = new BigInteger[slots.size()];
        final var pinnedValues = new BigInteger[slots.size()];
        int index = 0;
        for (Map.Entry<PacketSlot, BigInteger[]> slot : slots.entrySet()) {
            pinnedSlots[index] = slot.getKey();
            pinnedValues[index] = slot.getValue()[0];
            masks[index] = slot.getValue()[1];
            index++;
        }
        final var normalised = new FlowMatch(match, SHAPES.intern(new Shape(pinnedSlots, masks)),
            new Values(pinnedValues));
        for (FieldValue value : fields) {
            if (!value.field().prerequisite().isMetBy(normalised::pinned)) {
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
        final BigInteger[] masks = shape.masks;
        for (int i = 0; i < masks.length; i++) {
            if (!packet.slot(shape.slots[i]).and(masks[i]).equals(values.bits[i])) {
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
        final BigInteger[] theirMasks = wider.shape.masks;
        for (int i = 0; i < theirMasks.length; i++) {
            final int mine = shape.indexOf(wider.shape.slots[i]);
            final BigInteger myMask = mine < 0 ? BigInteger.ZERO : shape.masks[mine];
            final BigInteger myValue = mine < 0 ? BigInteger.ZERO : values.bits[mine];
            final BigInteger theirMask = theirMasks[i];
            if (!myMask.and(theirMask).equals(theirMask) || !myValue.and(theirMask).equals(wider.values.bits[i])) {
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
        final BigInteger[] masks = shape.masks;
        for (int i = 0; i < masks.length; i++) {
            final int theirs = other.shape.indexOf(shape.slots[i]);
            if (theirs >= 0 && values.bits[i].xor(other.values.bits[theirs]).and(masks[i])
                    .and(other.shape.masks[theirs]).signum() != 0) {
                return false;
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
        final int index = shape.indexOf(field.slot());
        final BigInteger wanted = field.toSlot(mask);
        final BigInteger pinnedMask = index < 0 ? BigInteger.ZERO : shape.masks[index];
        final BigInteger pinnedValue = index < 0 ? BigInteger.ZERO : values.bits[index];
        return pinnedMask.and(wanted).equals(wanted) ? field.fromSlot(pinnedValue).and(mask) : null;
    }

    /**
     * The bits the match pins, slot by slot: what matches of one "shape" share in a classifier subtable.
     *
     * @return the shape, one instance per process for equal shapes
     */
    Shape shape() {
        return shape;
    }

    /**
     * The pinned values, in the slot order of {@link #shape()}.
     *
     * @return the values under the masks
     */
    Values values() {
        return values;
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj == this || obj instanceof FlowMatch other && hash == other.hash && shape.equals(other.shape)
            && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return match.fields().toString();
    }

    /**
     * The slots a match pins, in slot order, and the bits of each it pins.
     */
    static final class Shape {
        private final PacketSlot[] slots;
        private final BigInteger[] masks;
        private final int hash;

        Shape(final PacketSlot[] slots, final BigInteger[] masks) {
            this.slots = slots;
            this.masks = masks;
            hash = 31 * Arrays.hashCode(slots) + Arrays.hashCode(masks);
        }

        /**
         * A packet's values under this shape's masks, to look up the entries of this shape that it hits.
         *
         * @param packet the packet
         * @return the values, equal to the {@link FlowMatch#values()} of the matches of this shape it matches
         */
        Values probe(final Packet packet) {
            final var bits = new BigInteger[slots.length];
            for (int i = 0; i < slots.length; i++) {
                bits[i] = packet.slot(slots[i]).and(masks[i]);
            }
            return new Values(bits);
        }

        private int indexOf(final PacketSlot slot) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] == slot) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean equals(final @Nullable Object obj) {
            return obj == this || obj instanceof Shape other && hash == other.hash && Arrays.equals(slots, other.slots)
                && Arrays.equals(masks, other.masks);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The values of the slots a match pins, in its shape's slot order.
     */
    static final class Values {
        private final BigInteger[] bits;
        private final int hash;

        Values(final BigInteger[] bits) {
            this.bits = bits;
            // spread: values differing in a few low bits of each slot (MACs, ports) would share hash buckets
            hash = Arrays.hashCode(bits) * 0x9e37_79b9;
        }

        @Override
        public boolean equals(final @Nullable Object obj) {
            return obj == this || obj instanceof Values other && hash == other.hash && Arrays.equals(bits, other.bits);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
