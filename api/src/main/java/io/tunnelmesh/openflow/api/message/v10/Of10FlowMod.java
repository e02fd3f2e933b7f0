/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.message.Of10Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code OFPT_FLOW_MOD} of OpenFlow 1.0 (type 14, OpenFlow 1.0.0 section 5.3.3, {@code ofp_flow_mod}): add, modify
 * or delete flows of the single 1.0 flow table. The match comes first and is fixed-size; actions follow directly,
 * without instructions; the command is 16 bits; there is no table id, cookie mask or out group.
 * <pre>
 *   +----------------------+------------------------------------------------------------+
 *   | ofp_header (8 bytes) | ofp_match (40 bytes)                                       |
 *   +----------------------+------------------+-------------------+---------------------+
 *   | cookie (64)          | command (16)     | idle_timeout (16) | hard_timeout (16)   |
 *   +---------------+------+------------------+---+---------------+---------------------+
 *   | priority (16) | buffer_id (32)              | out_port (16) | flags (16)          |
 *   +---------------+-----------------------------+---------------+---------------------+
 *   | actions, each a multiple of 8 bytes, to the end of the message                    |
 *   +-----------------------------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param match the match
 * @param cookie the controller's opaque id of the flow
 * @param command the command
 * @param idleTimeout seconds without a hit before the flow expires, 0 for never
 * @param hardTimeout seconds before the flow expires, 0 for never
 * @param priority the flow's priority
 * @param bufferId a buffered packet to apply the flow to, or {@link Of10PacketIn#NO_BUFFER}
 * @param outPort for deletes, only flows outputting to this port; {@code OFPP_NONE} otherwise
 * @param flags the {@code ofp_flow_mod_flags}, such as {@link #SEND_FLOW_REM}
 * @param actions the actions
 */
public record Of10FlowMod(int xid, Of10Match match, long cookie, Of10FlowModCommand command, int idleTimeout,
        int hardTimeout, int priority, int bufferId, int outPort, int flags, List<Of10Action> actions)
        implements Of10Message {
    /** A flow mod without actions: header, match and 24 bytes of fields. */
    public static final int MIN_LENGTH = 72;
    /** {@code OFPFF_SEND_FLOW_REM}: send a flow-removed message when the flow goes. */
    public static final int SEND_FLOW_REM = 1 << 0;
    /** {@code OFPFF_CHECK_OVERLAP}: refuse to add a flow overlapping another of the same priority. */
    public static final int CHECK_OVERLAP = 1 << 1;
    /** {@code OFPFF_EMERG}: an emergency flow, used only when the controller connection is lost. */
    public static final int EMERG = 1 << 2;
    /** {@code OFP_DEFAULT_PRIORITY}. */
    public static final int DEFAULT_PRIORITY = 0x8000;

    /**
     * Checks the narrow fields and copies the actions.
     *
     * @throws IllegalArgumentException if a field does not fit its width
     */
    public Of10FlowMod {
        OfUnsigned.check("idle_timeout", idleTimeout, 16);
        OfUnsigned.check("hard_timeout", hardTimeout, 16);
        OfUnsigned.check("priority", priority, 16);
        OfUnsigned.check("out_port", outPort, 16);
        OfUnsigned.check("flags", flags, 16);
        actions = List.copyOf(actions);
    }

    /**
     * A builder for an {@code OFPFC_ADD} with the usual defaults: match everything, default priority, no timeouts,
     * no buffer, no out port restriction.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a flow mod, for example
     * {@code Of10FlowMod.builder().priority(100).match(m).actions(Of10ActionOutput.to(3)).build()}.
     */
    public static final class Builder {
        private final List<Of10Action> actions = new ArrayList<>();
        private Of10Match match = Of10Match.ALL;
        private Of10FlowModCommand command = Of10FlowModCommand.ADD;
        private long cookie;
        private int xid;
        private int idleTimeout;
        private int hardTimeout;
        private int priority = DEFAULT_PRIORITY;
        private int bufferId = Of10PacketIn.NO_BUFFER;
        private int outPort = Of10PortDesc.OFPP_NONE;
        private int flags;

        private Builder() {
            // Use Of10FlowMod.builder()
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
        public Builder command(final Of10FlowModCommand newCommand) {
            command = newCommand;
            return this;
        }

        /**
         * Sets the match.
         *
         * @param newMatch the match
         * @return this builder
         */
        public Builder match(final Of10Match newMatch) {
            match = newMatch;
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
         * Restricts a delete to flows outputting to a port.
         *
         * @param port the port, or {@code OFPP_NONE}
         * @return this builder
         */
        public Builder outPort(final int port) {
            outPort = port;
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
         * Appends actions.
         *
         * @param newActions the actions, in order
         * @return this builder
         */
        public Builder actions(final Of10Action... newActions) {
            actions.addAll(Arrays.asList(newActions));
            return this;
        }

        /**
         * The flow mod.
         *
         * @return the message
         * @throws IllegalArgumentException if a field does not fit its width
         */
        public Of10FlowMod build() {
            return new Of10FlowMod(xid, match, cookie, command, idleTimeout, hardTimeout, priority, bufferId, outPort,
                flags, actions);
        }
    }
}
