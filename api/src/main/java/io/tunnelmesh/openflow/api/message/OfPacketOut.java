/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import java.util.List;

/**
 * {@code OFPT_PACKET_OUT} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.7, {@code ofp_packet_out}): the controller
 * makes the switch apply actions to a packet, buffered or carried in the message.
 * <pre>
 *   +----------------------+-------------------+-------------------+
 *   | ofp_header (8 bytes) | buffer_id (32)    | in_port (32)      |
 *   +----------------------+---------------+---+-------------------+
 *   | actions_len (16)     | pad (48)                              |
 *   +----------------------+---------------------------------------+
 *   | actions, actions_len bytes | packet data (when unbuffered)   |
 *   +----------------------------+---------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param bufferId the switch buffer holding the packet, or {@code 0xffffffff} to send {@code data}
 * @param inPort the ingress port the actions see, such as {@code OFPP_CONTROLLER}
 * @param actions the actions, in order
 * @param data the packet when not buffered, otherwise empty
 */
public record OfPacketOut(int xid, int bufferId, int inPort, List<OfAction> actions, OfBytes data)
        implements OfMessage {
    /**
     * Copies the actions.
     */
    public OfPacketOut {
        actions = List.copyOf(actions);
    }

    /**
     * An unbuffered packet, injected as if it came from the controller.
     *
     * @param xid the transaction id
     * @param packet the packet
     * @param actions the actions, in order
     * @return the message
     */
    public static OfPacketOut of(final int xid, final OfBytes packet, final OfAction... actions) {
        return new OfPacketOut(xid, OfPacketIn.NO_BUFFER, 0xfffffffd, List.of(actions), packet);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
