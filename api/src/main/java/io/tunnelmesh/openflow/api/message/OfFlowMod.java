/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.match.OfMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OFPT_FLOW_MOD} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.4.1, {@code ofp_flow_mod}): add, modify or
 * delete flow entries. {@link #builder()} fills in the defaults most flows use.
 * <pre>
 *   +----------------------+----------------------------------------------------------+
 *   | ofp_header (8 bytes) | cookie (64)                                              |
 *   +----------------------+----------------------------------------------------------+
 *   | cookie_mask (64)                                                                |
 *   +--------------+-------------+-------------------+-------------------+------------+
 *   | table_id (8) | command (8) | idle_timeout (16) | hard_timeout (16) | priority   |
 *   +--------------+-------------+-------------------+-------------------+------------+
 *   | buffer_id (32)       | out_port (32)        | out_group (32)    | flags (16) |pad|
 *   +----------------------+----------------------+-------------------+------------+---+
 *   | ofp_match, padded to 8 bytes | instructions ...                                 |
 *   +------------------------------+--------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param cookie the controller's opaque id of the flow
 * @param cookieMask for modify and delete, the cookie bits that must match; 0 matches any cookie
 * @param tableId the table, or 0xff ({@code OFPTT_ALL}) for deletes in every table
 * @param command the command
 * @param idleTimeout seconds without a hit before the flow expires, 0 for never
 * @param hardTimeout seconds before the flow expires, 0 for never
 * @param priority the flow's priority
 * @param bufferId a buffered packet to apply the flow to, or {@code OFP_NO_BUFFER}
 * @param outPort for deletes, only flows outputting to this port; {@code OFPP_ANY} otherwise
 * @param outGroup for deletes, only flows outputting to this group; {@code OFPG_ANY} otherwise
 * @param flags the {@code ofp_flow_mod_flags}, such as {@link #SEND_FLOW_REM}
 * @param match the match
 * @param instructions the instructions
 */
public record OfFlowMod(int xid, long cookie, long cookieMask, int tableId, OfFlowModCommand command,
        int idleTimeout, int hardTimeout, int priority, int bufferId, int outPort, int outGroup, int flags,
        OfMatch match, List<OfInstruction> instructions) implements OfMessage {
    /** {@code OFPFF_SEND_FLOW_REM}: send a flow-removed message when the flow goes. */
    public static final int SEND_FLOW_REM = 1 << 0;
    /** {@code OFPFF_CHECK_OVERLAP}: refuse to add a flow overlapping another of the same priority. */
    public static final int CHECK_OVERLAP = 1 << 1;
    /** {@code OFPFF_RESET_COUNTS}: reset the flow's counters. */
    public static final int RESET_COUNTS = 1 << 2;
    /** {@code OFPFF_NO_PKT_COUNTS}: do not count packets. */
    public static final int NO_PKT_COUNTS = 1 << 3;
    /** {@code OFPFF_NO_BYT_COUNTS}: do not count bytes. */
    public static final int NO_BYT_COUNTS = 1 << 4;
    /** {@code OFP_DEFAULT_PRIORITY}. */
    public static final int DEFAULT_PRIORITY = 0x8000;
    /** {@code OFPTT_ALL}: every table, for deletes. */
    public static final int ALL_TABLES = 0xff;
    /** {@code OFPP_ANY} and {@code OFPG_ANY}: no restriction. */
    public static final int ANY = 0xffffffff;

    /**
     * Checks the narrow fields and copies the instructions.
     *
     * @throws IllegalArgumentException if a field does not fit its width
     */
    public OfFlowMod {
        OfUnsigned.check("table_id", tableId, 8);
        OfUnsigned.check("idle_timeout", idleTimeout, 16);
        OfUnsigned.check("hard_timeout", hardTimeout, 16);
        OfUnsigned.check("priority", priority, 16);
        OfUnsigned.check("flags", flags, 16);
        instructions = List.copyOf(instructions);
    }

    /**
     * A builder for an {@code OFPFC_ADD} with the usual defaults: table 0, default priority, no timeouts, no
     * buffer, no out port or group restriction.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }

    /**
     * Builds a flow mod, for example
     * {@code OfFlowMod.builder().table(10).priority(100).match(m).applyActions(OfActionOutput.to(3)).build()}.
     */
    public static final class Builder {
        private final List<OfInstruction> instructions = new ArrayList<>();
        private OfMatch match = OfMatch.ALL;
        private OfFlowModCommand command = OfFlowModCommand.ADD;
        private long cookie;
        private long cookieMask;
        private int xid;
        private int tableId;
        private int idleTimeout;
        private int hardTimeout;
        private int priority = DEFAULT_PRIORITY;
        private int bufferId = OfPacketIn.NO_BUFFER;
        private int outPort = ANY;
        private int outGroup = ANY;
        private int flags;

        private Builder() {
            // Use OfFlowMod.builder()
        }

        /**
         * Sets the transaction id.
         *
         * @param newXid the id
         * @return this builder
         */
        public Builder xid(final int newXid) {
            xid = newXid;
            return this;
        }

        /**
         * Sets the command.
         *
         * @param newCommand the command
         * @return this builder
         */
        public Builder command(final OfFlowModCommand newCommand) {
            command = newCommand;
            return this;
        }

        /**
         * Sets the cookie.
         *
         * @param newCookie the cookie
         * @return this builder
         */
        public Builder cookie(final long newCookie) {
            cookie = newCookie;
            return this;
        }

        /**
         * Sets the cookie and the cookie mask, for modify and delete.
         *
         * @param newCookie the cookie
         * @param mask the bits that must match
         * @return this builder
         */
        public Builder cookie(final long newCookie, final long mask) {
            cookie = newCookie;
            cookieMask = mask;
            return this;
        }

        /**
         * Sets the table.
         *
         * @param newTableId the table
         * @return this builder
         */
        public Builder table(final int newTableId) {
            tableId = newTableId;
            return this;
        }

        /**
         * Sets the priority.
         *
         * @param newPriority the priority
         * @return this builder
         */
        public Builder priority(final int newPriority) {
            priority = newPriority;
            return this;
        }

        /**
         * Sets the idle and hard timeouts.
         *
         * @param idle seconds without a hit, 0 for never
         * @param hard seconds in total, 0 for never
         * @return this builder
         */
        public Builder timeouts(final int idle, final int hard) {
            idleTimeout = idle;
            hardTimeout = hard;
            return this;
        }

        /**
         * Sets the buffered packet to apply the flow to.
         *
         * @param newBufferId the buffer id
         * @return this builder
         */
        public Builder bufferId(final int newBufferId) {
            bufferId = newBufferId;
            return this;
        }

        /**
         * Restricts a delete to flows outputting to a port and a group.
         *
         * @param port the port, or {@link #ANY}
         * @param group the group, or {@link #ANY}
         * @return this builder
         */
        public Builder out(final int port, final int group) {
            outPort = port;
            outGroup = group;
            return this;
        }

        /**
         * Sets the flags.
         *
         * @param newFlags the {@code ofp_flow_mod_flags}
         * @return this builder
         */
        public Builder flags(final int newFlags) {
            flags = newFlags;
            return this;
        }

        /**
         * Sets the match.
         *
         * @param newMatch the match
         * @return this builder
         */
        public Builder match(final OfMatch newMatch) {
            match = newMatch;
            return this;
        }

        /**
         * Appends an instruction.
         *
         * @param instruction the instruction
         * @return this builder
         */
        public Builder instruction(final OfInstruction instruction) {
            instructions.add(instruction);
            return this;
        }

        /**
         * Appends an apply-actions instruction.
         *
         * @param actions the actions, in order
         * @return this builder
         */
        public Builder applyActions(final OfAction... actions) {
            return instruction(OfInstructionApplyActions.of(actions));
        }

        /**
         * Appends a goto-table instruction.
         *
         * @param table the next table
         * @return this builder
         */
        public Builder gotoTable(final int table) {
            return instruction(OfInstructionGotoTable.of(table));
        }

        /**
         * The flow mod.
         *
         * @return the message
         * @throws IllegalArgumentException if a field does not fit its width
         */
        public OfFlowMod build() {
            return new OfFlowMod(xid, cookie, cookieMask, tableId, command, idleTimeout, hardTimeout, priority,
                bufferId, outPort, outGroup, flags, match, instructions);
        }
    }
}
