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
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The switch's flow tables and the flow-mods that change them (OpenFlow 1.3.5 sections 6.4 and 7.3.4.1), as Open
 * vSwitch implements them: 255 tables of which 0 to 253 are the controller's and 254 is Open vSwitch's hidden,
 * read-only table ({@code OFPBRC_EPERM} for any flow-mod naming it); an add replaces an entry with an identical match
 * and priority, keeping its counters unless {@code OFPFF_RESET_COUNTS}; a modify that matches nothing adds nothing
 * (OpenFlow 1.1 and later); modify and delete filter by cookie under the cookie mask, delete also by
 * {@code out_port} and {@code out_group}; {@code OFPTT_ALL} reaches every table for modify, delete and statistics.
 */
final class FlowTables {
    /** Tables 0 to 254. */
    static final int TABLE_COUNT = 255;
    /** The tables a controller sees in table statistics and features (0 to 253). */
    static final int VISIBLE_TABLES = 254;
    /** Open vSwitch's hidden table. */
    static final int READ_ONLY_TABLE = 254;
    /** The {@code ofp_flow_mod_flags} of OpenFlow 1.3. */
    private static final int KNOWN_FLAGS = 0x1f;
    /** The cookie mask that selects the top 16 bits. */
    private static final long COOKIE_MARK_MASK = 0xffffL << 48;
    /** How many wire matches and instruction lists the process keeps the checked form of. */
    private static final int MEMO_LIMIT = 1 << 16;
    /**
     * Instructions with more actions than this are checked every time rather than kept: a flood flow's hundreds of
     * outputs differ from switch to switch, and keeping such lists would bound the memo in keys but not in bytes.
     */
    private static final int MEMO_MAX_ACTIONS = 32;

    /**
     * Matches and instructions are immutable and, in a fleet of emulated switches given the same flows by one
     * controller, mostly the same: each is kept once per process (weakly), so that a thousand switches holding ten
     * thousand flows each do not hold ten million copies of them.
     */
    private static final Interner<FlowMatch> MATCHES = Interners.newWeakInterner();
    private static final Interner<FlowInstructions> INSTRUCTIONS = Interners.newWeakInterner();
    /**
     * Checking is a pure function of the wire match (and of the instructions, table and match), and a fleet's
     * switches are sent the same ones: each is checked once per process, not once per switch.
     */
    private static final BoundedMemo<OfMatch, FlowMatch> MATCHES_BY_WIRE = new BoundedMemo<>(MEMO_LIMIT);
    private static final BoundedMemo<InstructionsKey, CheckedInstructions> INSTRUCTIONS_BY_WIRE =
        new BoundedMemo<>(MEMO_LIMIT);
    /**
     * The checks of the flow-mods {@link #share} gave out, by the very instances of their match and instructions:
     * a decoder that hands those instances out again for the same bytes ({@code SwitchBundleAddDecoder}) gets its
     * flow-mods checked without hashing or comparing a match or an instruction.
     */
    private static final BoundedMemo<Instances, CheckedFlowMod> CHECKED_BY_INSTANCES = new BoundedMemo<>(MEMO_LIMIT);

    private final FlowTable[] tables;
    private final FlowCounts counts = new FlowCounts();
    /** The undo steps of the bundle being applied, the latest first. */
    private final Deque<Runnable> journal = new ArrayDeque<>();

    FlowTables() {
        tables = new FlowTable[TABLE_COUNT];
        for (int id = 0; id < TABLE_COUNT; id++) {
            tables[id] = new FlowTable(id, counts);
        }
    }

    /**
     * Starts applying a bundle in place: until {@link #keep} or {@link #undo}, every change records how to undo it,
     * so that a bundle costs what its messages change, not a copy of every table.
     */
    void begin() {
        journal.clear();
        for (FlowTable table : tables) {
            table.journal(journal);
        }
    }

    /**
     * Ends a bundle begun with {@link #begin}, keeping its changes.
     */
    void keep() {
        for (FlowTable table : tables) {
            table.keep();
        }
        journal.clear();
    }

    /**
     * Ends a bundle begun with {@link #begin}, undoing its changes latest first: the tables are as before it, every
     * entry at its old rank.
     */
    void undo() {
        for (FlowTable table : tables) {
            table.keep();
        }
        while (!journal.isEmpty()) {
            journal.pop().run();
        }
    }

    FlowTable table(final int id) {
        return tables[id];
    }

    Stream<FlowEntry> entries() {
        return Arrays.stream(tables).flatMap(table -> table.entries().stream());
    }

    int flowCount() {
        return counts.total();
    }

    /**
     * How many entries a cookie filter passes; for a mask of the top 16 bits (how a controller marks its flows) this
     * looks at no entry.
     */
    int flowCount(final long cookie, final long cookieMask) {
        if (cookieMask == COOKIE_MARK_MASK) {
            return counts.count(FlowCounts.mark(cookie));
        }
        return (int) entries().filter(entry -> entry.cookieMatches(cookie, cookieMask)).count();
    }

    /**
     * A flow-mod checked on its own, as Open vSwitch checks it when it decodes it.
     *
     * @param mod the message
     * @param match its match
     * @param instructions its instructions, {@code null} for a delete (whose instructions are ignored)
     */
    record CheckedFlowMod(OfFlowMod mod, FlowMatch match, @Nullable CheckedInstructions instructions) {
    }

    /**
     * A flow-mod's instructions, checked.
     *
     * @param wire as sent (one equal list per process, weakly), for statistics
     * @param checked as checked (likewise)
     */
    record CheckedInstructions(List<OfInstruction> wire, FlowInstructions checked) {
    }

    /**
     * What checking instructions depends on.
     */
    private record InstructionsKey(List<OfInstruction> instructions, int tableId, FlowMatch match) {
    }

    /**
     * What checking a flow-mod's match and instructions depends on, by identity: equal instances are equal values,
     * and identity hashes are cheap where value hashes walk every field and action.
     */
    private record Instances(OfMatch match, List<OfInstruction> instructions, int tableId, boolean delete) {
        Instances(final OfFlowMod mod) {
            this(mod.match(), mod.instructions(), mod.tableId(), isDelete(mod.command()));
        }

        @Override
        public boolean equals(final @Nullable Object obj) {
            return obj instanceof Instances other && match == other.match && instructions == other.instructions
                && tableId == other.tableId && delete == other.delete;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(match) * 31 + System.identityHashCode(instructions)) * 31 + tableId;
        }
    }

    /**
     * Checks what can be checked without the switch's state: command, flags, table, match, instructions.
     *
     * @param mod the flow-mod
     * @return the checked flow-mod
     * @throws RequestRefusedException {@code OFPFMFC_BAD_COMMAND}, {@code OFPFMFC_BAD_FLAGS},
     *     {@code OFPBRC_EPERM} for table 254, {@code OFPFMFC_BAD_TABLE_ID} for an add to {@code OFPTT_ALL}, and what
     *     {@link FlowMatch#of} and {@link FlowInstructions#of} refuse
     */
    static CheckedFlowMod check(final OfFlowMod mod) throws RequestRefusedException {
        final OfFlowModCommand command = mod.command();
        if (command.code() > OfFlowModCommand.DELETE_STRICT.code()) {
            throw new RequestRefusedException(OfErrorCode.OFPFMFC_BAD_COMMAND, command.toString());
        }
        if ((mod.flags() & ~KNOWN_FLAGS) != 0) {
            throw new RequestRefusedException(OfErrorCode.OFPFMFC_BAD_FLAGS, "flags 0x"
                + Integer.toHexString(mod.flags()));
        }
        if (mod.tableId() == READ_ONLY_TABLE) {
            throw new RequestRefusedException(OfErrorCode.OFPBRC_EPERM, "table 254 is read-only");
        }
        if (command.equals(OfFlowModCommand.ADD) && mod.tableId() == OfFlowMod.ALL_TABLES) {
            throw new RequestRefusedException(OfErrorCode.OFPFMFC_BAD_TABLE_ID, "an add needs one table");
        }
        final CheckedFlowMod shared = CHECKED_BY_INSTANCES.get(new Instances(mod));
        if (shared != null) {
            return new CheckedFlowMod(mod, shared.match(), shared.instructions());
        }
        final FlowMatch match = match(mod.match());
        return new CheckedFlowMod(mod, match, isDelete(command) ? null : instructions(mod.instructions(),
            mod.tableId(), match));
    }

    private static boolean isDelete(final OfFlowModCommand command) {
        return command.equals(OfFlowModCommand.DELETE) || command.equals(OfFlowModCommand.DELETE_STRICT);
    }

    /**
     * Checks a flow-mod as {@link #check} does and, if it passes, gives an equal one made of the instances the
     * process keeps (its match as the checked match holds it, its instructions as entries hold them): a flow-mod
     * built of those same instances, whatever its xid, cookie, priority or flags, is then checked by their identity.
     * A decoder that memoises flow-mods by their bytes hands these instances out for every copy of those bytes.
     *
     * @param mod a flow-mod as decoded
     * @return an equal flow-mod of shared instances
     * @throws RequestRefusedException what {@link #check} refuses; nothing is kept
     */
    static OfFlowMod share(final OfFlowMod mod) throws RequestRefusedException {
        final CheckedFlowMod checked = check(mod);
        final CheckedInstructions instructions = checked.instructions();
        final OfMatch match = checked.match().ofMatch().equals(mod.match()) ? checked.match().ofMatch() : mod.match();
        final OfFlowMod shared = new OfFlowMod(mod.xid(), mod.cookie(), mod.cookieMask(), mod.tableId(),
            mod.command(), mod.idleTimeout(), mod.hardTimeout(), mod.priority(), mod.bufferId(), mod.outPort(),
            mod.outGroup(), mod.flags(), match, instructions == null ? mod.instructions() : instructions.wire());
        CHECKED_BY_INSTANCES.put(new Instances(shared), new CheckedFlowMod(shared, checked.match(), instructions));
        return shared;
    }

    private static FlowMatch match(final OfMatch wire) throws RequestRefusedException {
        final FlowMatch known = MATCHES_BY_WIRE.get(wire);
        if (known != null) {
            return known;
        }
        final FlowMatch built = FlowMatch.of(wire);
        final FlowMatch shared = MATCHES.intern(built);
        // shared only when the wire match is the same too (field order included), which flow statistics report
        final FlowMatch match = shared.ofMatch().equals(wire) ? shared : built;
        MATCHES_BY_WIRE.put(wire, match);
        return match;
    }

    private static CheckedInstructions instructions(final List<OfInstruction> wire, final int tableId,
            final FlowMatch match) throws RequestRefusedException {
        if (!isSmall(wire)) {
            return checkInstructions(wire, tableId, match);
        }
        final var key = new InstructionsKey(wire, tableId, match);
        final CheckedInstructions known = INSTRUCTIONS_BY_WIRE.get(key);
        if (known != null) {
            return known;
        }
        final CheckedInstructions checked = checkInstructions(wire, tableId, match);
        INSTRUCTIONS_BY_WIRE.put(key, checked);
        return checked;
    }

    private static CheckedInstructions checkInstructions(final List<OfInstruction> wire, final int tableId,
            final FlowMatch match) throws RequestRefusedException {
        return new CheckedInstructions(FlowEntry.shared(wire), INSTRUCTIONS.intern(FlowInstructions.of(wire, tableId,
            match)));
    }

    private static boolean isSmall(final List<OfInstruction> wire) {
        int actions = 0;
        for (OfInstruction instruction : wire) {
            actions += switch (instruction) {
                case OfInstructionApplyActions apply -> apply.actions().size();
                case OfInstructionWriteActions write -> write.actions().size();
                default -> 1;
            };
        }
        return actions <= MEMO_MAX_ACTIONS;
    }

    /**
     * Applies a flow-mod.
     *
     * @param mod the flow-mod
     * @param groups the groups, which group actions must name
     * @param meters the meters, which meter instructions must name
     * @param now the time
     * @return the flow-removed messages of deleted entries that asked for them
     * @throws RequestRefusedException what {@link #check} refuses, {@code OFPBAC_BAD_OUT_GROUP} for a group that
     *     does not exist, {@code OFPMMFC_INVALID_METER} for a meter that does not, {@code OFPFMFC_OVERLAP}; then
     *     nothing changed
     */
    List<OfFlowRemoved> apply(final OfFlowMod mod, final GroupTable groups, final MeterTable meters,
            final Instant now) throws RequestRefusedException {
        return apply(check(mod), groups, meters, now);
    }

    /**
     * Applies a flow-mod checked before (when a bundle add carried it).
     *
     * @param checked the flow-mod, as {@link #check} gave it
     * @param groups the groups, which group actions must name
     * @param meters the meters, which meter instructions must name
     * @param now the time
     * @return the flow-removed messages of deleted entries that asked for them
     * @throws RequestRefusedException {@code OFPBAC_BAD_OUT_GROUP} for a group that does not exist,
     *     {@code OFPMMFC_INVALID_METER} for a meter that does not, {@code OFPFMFC_OVERLAP}; then nothing changed
     */
    List<OfFlowRemoved> apply(final CheckedFlowMod checked, final GroupTable groups, final MeterTable meters,
            final Instant now) throws RequestRefusedException {
        final CheckedInstructions instructions = checked.instructions();
        if (instructions == null) {
            return delete(checked, now);
        }
        checkReferences(instructions.checked(), groups, meters);
        if (checked.mod().command().equals(OfFlowModCommand.ADD)) {
            add(checked, instructions, now);
        } else {
            modify(checked, instructions.checked());
        }
        return List.of();
    }

    private static void checkReferences(final FlowInstructions instructions, final GroupTable groups,
            final MeterTable meters) throws RequestRefusedException {
        final List<Integer> groupIds = instructions.groupIds();
        for (int i = 0; i < groupIds.size(); i++) {
            final int groupId = groupIds.get(i);
            if (!groups.contains(groupId)) {
                throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_OUT_GROUP, "group "
                    + Integer.toUnsignedString(groupId) + " does not exist");
            }
        }
        if (instructions.meterId() != 0 && !meters.contains(instructions.meterId())) {
            throw new RequestRefusedException(OfErrorCode.OFPMMFC_INVALID_METER, "meter "
                + Integer.toUnsignedString(instructions.meterId()) + " does not exist");
        }
    }

    private void add(final CheckedFlowMod checked, final CheckedInstructions instructions, final Instant now)
            throws RequestRefusedException {
        final OfFlowMod mod = checked.mod();
        final FlowTable table = tables[mod.tableId()];
        if ((mod.flags() & OfFlowMod.CHECK_OVERLAP) != 0 && table.overlaps(checked.match(), mod.priority())) {
            throw new RequestRefusedException(OfErrorCode.OFPFMFC_OVERLAP, "table " + mod.tableId()
                + " has a flow of priority " + mod.priority() + " overlapping " + checked.match());
        }
        final FlowEntry entry = FlowEntry.added(mod.tableId(), mod, checked.match(), instructions.checked(),
            instructions.wire(), now);
        final FlowEntry old = table.find(checked.match(), mod.priority());
        if (old == null) {
            table.add(entry);
            return;
        }
        if ((mod.flags() & OfFlowMod.RESET_COUNTS) == 0) {
            entry.takeCounters(old);
        }
        table.replace(old, entry);
    }

    private void modify(final CheckedFlowMod checked, final FlowInstructions instructions) {
        final OfFlowMod mod = checked.mod();
        final boolean strict = mod.command().equals(OfFlowModCommand.MODIFY_STRICT);
        for (FlowEntry entry : select(mod.tableId(), checked.match(), strict, mod.priority(), mod.cookie(),
                mod.cookieMask(), OfFlowMod.ANY, OfFlowMod.ANY)) {
            tables[entry.tableId()].replace(entry, entry.modified(mod, instructions));
        }
    }

    private List<OfFlowRemoved> delete(final CheckedFlowMod checked, final Instant now) {
        final OfFlowMod mod = checked.mod();
        final boolean strict = mod.command().equals(OfFlowModCommand.DELETE_STRICT);
        return remove(select(mod.tableId(), checked.match(), strict, mod.priority(), mod.cookie(), mod.cookieMask(),
            mod.outPort(), mod.outGroup()), FlowRemovedReason.DELETE, now);
    }

    /**
     * The entries a modify, delete or statistics request selects.
     *
     * @param tableId a table, or {@code OFPTT_ALL}
     * @param match non-strict: entries within it; strict: entries with exactly it
     * @param strict whether match and priority must be identical
     * @param priority the priority, for strict requests
     * @param cookie the cookie under {@code cookieMask}
     * @param cookieMask the cookie bits that must match
     * @param outPort only entries outputting to this port, {@code OFPP_ANY} for any
     * @param outGroup only entries forwarding to this group, {@code OFPG_ANY} for any
     * @return the entries, table by table, in priority order
     */
    List<FlowEntry> select(final int tableId, final FlowMatch match, final boolean strict, final int priority,
            final long cookie, final long cookieMask, final int outPort, final int outGroup) {
        final Stream<FlowTable> candidates = tableId == OfFlowMod.ALL_TABLES ? Arrays.stream(tables)
            : Stream.of(tables[tableId]);
        // a strict request names at most one entry per table: found by its key, not by a scan
        final Stream<FlowEntry> entries = strict ? candidates.map(table -> table.find(match, priority))
            .filter(entry -> entry != null) : candidates.flatMap(table -> table.entries().stream());
        return entries
            .filter(entry -> strict ? entry.priority() == priority && entry.match().equals(match)
                : entry.match().isWithin(match))
            .filter(entry -> entry.cookieMatches(cookie, cookieMask))
            .filter(entry -> outPort == OfFlowMod.ANY || entry.checkedInstructions().outputsTo(outPort))
            .filter(entry -> outGroup == OfFlowMod.ANY || entry.checkedInstructions().usesGroup(outGroup))
            .toList();
    }

    /**
     * Removes every entry a predicate selects (the flows of a deleted group or meter).
     *
     * @param selected which entries
     * @param reason the reason for their flow-removed messages
     * @param now the time
     * @return the flow-removed messages of the entries that asked for them
     */
    List<OfFlowRemoved> removeWhere(final Predicate<FlowEntry> selected, final FlowRemovedReason reason,
            final Instant now) {
        return remove(entries().filter(selected).toList(), reason, now);
    }

    /**
     * Removes the entries whose hard or idle timeout has passed.
     *
     * @param now the time
     * @return the flow-removed messages of the entries that asked for them, with reason hard or idle timeout
     */
    List<OfFlowRemoved> expire(final Instant now) {
        final var removed = new ArrayList<OfFlowRemoved>();
        final List<FlowEntry> candidates = Arrays.stream(tables).filter(FlowTable::hasExpiring)
            .flatMap(table -> table.entries().stream()).toList();
        for (FlowEntry entry : candidates) {
            final FlowRemovedReason reason = entry.expiry(now);
            if (reason != null) {
                tables[entry.tableId()].remove(entry);
                if (entry.sendsFlowRemoved()) {
                    removed.add(entry.removed(reason, now));
                }
            }
        }
        return removed;
    }

    private List<OfFlowRemoved> remove(final List<FlowEntry> entries, final FlowRemovedReason reason,
            final Instant now) {
        final var removed = new ArrayList<OfFlowRemoved>();
        for (FlowEntry entry : entries) {
            tables[entry.tableId()].remove(entry);
            if (entry.sendsFlowRemoved()) {
                removed.add(entry.removed(reason, now));
            }
        }
        return removed;
    }
}
