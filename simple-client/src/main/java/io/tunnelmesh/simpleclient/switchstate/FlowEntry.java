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
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One flow entry of a table (OpenFlow 1.3.5 section 5.2): what a flow-mod installed, when, and its counters. The
 * definition is immutable, a modify installs a new entry carrying the counters over; only the counters and the time
 * of the last hit change as packets match.
 */
public final class FlowEntry {
    /** The instructions as sent, kept once per process (weakly): switches of a fleet mostly hold the same flows. */
    private static final Interner<List<OfInstruction>> WIRE_INSTRUCTIONS = Interners.newWeakInterner();

    private final int tableId;
    private final int priority;
    private final FlowMatch match;
    private final long cookie;
    private final int flags;
    private final int idleTimeout;
    private final int hardTimeout;
    private final List<OfInstruction> wireInstructions;
    private final FlowInstructions instructions;
    private final Instant installed;
    private Instant lastUsed;
    private long packetCount;
    private long byteCount;
    /** Where its table ranks it ({@link FlowTable}); set when it is first indexed, never changed after. */
    private long rank = -1;

    private FlowEntry(final int tableId, final OfFlowMod mod, final FlowMatch match,
            final FlowInstructions instructions, final List<OfInstruction> wireInstructions, final Instant installed) {
        this.tableId = tableId;
        priority = mod.priority();
        this.match = match;
        cookie = mod.cookie();
        flags = mod.flags();
        idleTimeout = mod.idleTimeout();
        hardTimeout = mod.hardTimeout();
        this.wireInstructions = wireInstructions;
        this.instructions = instructions;
        this.installed = installed;
        lastUsed = installed;
    }

    private FlowEntry(final FlowEntry old, final FlowInstructions instructions,
            final List<OfInstruction> wireInstructions) {
        tableId = old.tableId;
        priority = old.priority;
        match = old.match;
        cookie = old.cookie;
        flags = old.flags;
        idleTimeout = old.idleTimeout;
        hardTimeout = old.hardTimeout;
        this.wireInstructions = wireInstructions;
        this.instructions = instructions;
        installed = old.installed;
        lastUsed = old.lastUsed;
        packetCount = old.packetCount;
        byteCount = old.byteCount;
    }

    /**
     * A new entry from an add.
     */
    static FlowEntry added(final int tableId, final OfFlowMod mod, final FlowMatch match,
            final FlowInstructions instructions, final Instant now) {
        return added(tableId, mod, match, instructions, shared(mod.instructions()), now);
    }

    /**
     * A new entry from an add whose instructions as sent are known.
     *
     * @param wireInstructions the add's instructions, as {@link #shared} gave them
     */
    static FlowEntry added(final int tableId, final OfFlowMod mod, final FlowMatch match,
            final FlowInstructions instructions, final List<OfInstruction> wireInstructions, final Instant now) {
        return new FlowEntry(tableId, mod, match, instructions, wireInstructions, now);
    }

    /**
     * Instructions as sent, the one copy of them the process keeps for its entries.
     *
     * @param wireInstructions a flow-mod's instructions
     * @return an equal list
     */
    static List<OfInstruction> shared(final List<OfInstruction> wireInstructions) {
        return WIRE_INSTRUCTIONS.intern(wireInstructions);
    }

    /**
     * This entry with new instructions, as a modify leaves it: cookie, timeouts, flags and duration kept, counters
     * kept or reset.
     */
    FlowEntry modified(final OfFlowMod mod, final FlowInstructions newInstructions) {
        final var entry = new FlowEntry(this, newInstructions, mod.instructions());
        if ((mod.flags() & OfFlowMod.RESET_COUNTS) != 0) {
            entry.resetCounters();
        }
        return entry;
    }

    /**
     * Takes over the counters of the entry this one replaces (an add of an identical flow without
     * {@code OFPFF_RESET_COUNTS}).
     */
    void takeCounters(final FlowEntry replaced) {
        packetCount = replaced.packetCount;
        byteCount = replaced.byteCount;
    }

    private void resetCounters() {
        packetCount = 0;
        byteCount = 0;
    }

    /**
     * Its rank in its table: priority descending, then order of addition; -1 before it is indexed.
     */
    long rank() {
        return rank;
    }

    /**
     * Ranks the entry; an entry keeps its rank for good (an entry replacing another takes the other's).
     *
     * @throws IllegalStateException if it was ranked otherwise before
     */
    void rank(final long value) {
        if (rank != -1 && rank != value) {
            throw new IllegalStateException("ranked " + rank + " already, not " + value + ": " + this);
        }
        rank = value;
    }

    /**
     * Counts a packet that hit the entry.
     */
    void hit(final Packet packet, final Instant now) {
        packetCount++;
        byteCount += packet.length();
        lastUsed = now;
    }

    /**
     * The table.
     *
     * @return 0 to 254
     */
    public int tableId() {
        return tableId;
    }

    /**
     * The priority.
     *
     * @return 0 to 65535
     */
    public int priority() {
        return priority;
    }

    /**
     * The match.
     *
     * @return the match
     */
    public FlowMatch match() {
        return match;
    }

    /**
     * The cookie.
     *
     * @return the cookie
     */
    public long cookie() {
        return cookie;
    }

    /**
     * The {@code ofp_flow_mod_flags} it was added with.
     *
     * @return the flags
     */
    public int flags() {
        return flags;
    }

    /**
     * The instructions as the flow-mod gave them.
     *
     * @return the instructions
     */
    public List<OfInstruction> instructions() {
        return wireInstructions;
    }

    FlowInstructions checkedInstructions() {
        return instructions;
    }

    /**
     * Packets that hit the entry.
     *
     * @return the count
     */
    public long packetCount() {
        return packetCount;
    }

    /**
     * Bytes of the packets that hit the entry.
     *
     * @return the count
     */
    public long byteCount() {
        return byteCount;
    }

    boolean sendsFlowRemoved() {
        return (flags & OfFlowMod.SEND_FLOW_REM) != 0;
    }

    /**
     * Whether the entry can expire: it has an idle or a hard timeout.
     */
    boolean expires() {
        return idleTimeout != 0 || hardTimeout != 0;
    }

    /**
     * Whether the cookie passes a request's cookie filter.
     */
    boolean cookieMatches(final long requestCookie, final long cookieMask) {
        return ((cookie ^ requestCookie) & cookieMask) == 0;
    }

    /**
     * Why the entry has expired at {@code now}, if it has.
     *
     * @return {@link FlowRemovedReason#HARD_TIMEOUT}, {@link FlowRemovedReason#IDLE_TIMEOUT}, or {@code null}
     */
    @Nullable FlowRemovedReason expiry(final Instant now) {
        if (hardTimeout != 0 && !now.isBefore(installed.plusSeconds(hardTimeout))) {
            return FlowRemovedReason.HARD_TIMEOUT;
        }
        if (idleTimeout != 0 && !now.isBefore(lastUsed.plusSeconds(idleTimeout))) {
            return FlowRemovedReason.IDLE_TIMEOUT;
        }
        return null;
    }

    /**
     * The entry's statistics ({@code ofp_flow_stats}).
     *
     * @param now the time to count the duration to
     * @return the statistics
     */
    public OfFlowStats stats(final Instant now) {
        final Duration alive = alive(now);
        return new OfFlowStats(tableId, (int) alive.getSeconds(), alive.getNano(), priority, idleTimeout,
            hardTimeout, flags, cookie, packetCount, byteCount, match.ofMatch(), wireInstructions);
    }

    /**
     * The flow-removed message announcing the entry's removal.
     *
     * @param reason why it went
     * @param now when
     * @return the message, with transaction id 0
     */
    OfFlowRemoved removed(final FlowRemovedReason reason, final Instant now) {
        final Duration alive = alive(now);
        return new OfFlowRemoved(0, cookie, priority, reason.code(), tableId, (int) alive.getSeconds(),
            alive.getNano(), idleTimeout, hardTimeout, packetCount, byteCount, match.ofMatch());
    }

    private Duration alive(final Instant now) {
        final Duration alive = Duration.between(installed, now);
        return alive.isNegative() ? Duration.ZERO : alive;
    }

    @Override
    public String toString() {
        return "table=" + tableId + ", priority=" + priority + ", cookie=0x" + Long.toHexString(cookie) + ", "
            + match + " " + wireInstructions;
    }
}
