/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.message.Of10Message;
import java.util.List;

/**
 * {@code OFPT_PACKET_OUT} of OpenFlow 1.0 (type 13, OpenFlow 1.0.0 section 5.3.6, {@code ofp_packet_out}): send a
 * packet, given whole or as a switch buffer id, through a list of 1.0 actions. The input port is 16 bits.
 * <pre>
 *   +----------------------+-------------------+---------------+------------------+
 *   | ofp_header (8 bytes) | buffer_id (32)    | in_port (16)  | actions_len (16) |
 *   +----------------------+-------------------+---------------+------------------+
 *   | actions, actions_len bytes | packet data (when buffer_id is -1)             |
 *   +----------------------------+------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param bufferId the switch buffer holding the packet, or {@link Of10PacketIn#NO_BUFFER}
 * @param inPort the port the packet is deemed to have arrived on, or {@code OFPP_NONE}
 * @param actions the actions to apply
 * @param data the packet, when not buffered
 */
public record Of10PacketOut(int xid, int bufferId, int inPort, List<Of10Action> actions, OfBytes data)
        implements Of10Message {
    /** Header and fixed fields, without actions or data. */
    public static final int MIN_LENGTH = 16;

    /**
     * Checks the input port and copies the actions.
     *
     * @throws IllegalArgumentException if the port does not fit in 16 bits
     */
    public Of10PacketOut {
        OfUnsigned.check("in_port", inPort, 16);
        actions = List.copyOf(actions);
    }
}
