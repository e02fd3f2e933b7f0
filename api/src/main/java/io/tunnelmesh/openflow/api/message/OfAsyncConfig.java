/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

/**
 * Which asynchronous messages a controller receives (OpenFlow 1.3.5 section 7.3.10, the body of
 * {@code ofp_async_config}), as two masks per message type: one for the master and equal roles, one for the slave
 * role. Bit {@code n} of a mask enables the messages of reason {@code n}.
 * <pre>
 *   +----------------------------+----------------------------+
 *   | packet_in_mask[0] (32)     | packet_in_mask[1] (32)     |
 *   | port_status_mask[0] (32)   | port_status_mask[1] (32)   |
 *   | flow_removed_mask[0] (32)  | flow_removed_mask[1] (32)  |
 *   +----------------------------+----------------------------+
 * </pre>
 *
 * @param packetInMaster the packet-in reasons ({@code OFPR_*}) sent to a master or equal controller
 * @param packetInSlave the packet-in reasons sent to a slave controller
 * @param portStatusMaster the port-status reasons ({@code OFPPR_*}) sent to a master or equal controller
 * @param portStatusSlave the port-status reasons sent to a slave controller
 * @param flowRemovedMaster the flow-removed reasons ({@code OFPRR_*}) sent to a master or equal controller
 * @param flowRemovedSlave the flow-removed reasons sent to a slave controller
 */
public record OfAsyncConfig(int packetInMaster, int packetInSlave, int portStatusMaster, int portStatusSlave,
        int flowRemovedMaster, int flowRemovedSlave) {
    /** Packet-in reason {@code OFPR_NO_MATCH}: no flow matched (table miss). */
    public static final int PACKET_IN_NO_MATCH = 1 << 0;
    /** Packet-in reason {@code OFPR_ACTION}: an output-to-controller action. */
    public static final int PACKET_IN_ACTION = 1 << 1;
    /** Packet-in reason {@code OFPR_INVALID_TTL}: the packet's TTL ran out. */
    public static final int PACKET_IN_INVALID_TTL = 1 << 2;
    /** Port-status reason {@code OFPPR_ADD}. */
    public static final int PORT_ADD = 1 << 0;
    /** Port-status reason {@code OFPPR_DELETE}. */
    public static final int PORT_DELETE = 1 << 1;
    /** Port-status reason {@code OFPPR_MODIFY}. */
    public static final int PORT_MODIFY = 1 << 2;
    /** Flow-removed reason {@code OFPRR_IDLE_TIMEOUT}. */
    public static final int REMOVED_IDLE_TIMEOUT = 1 << 0;
    /** Flow-removed reason {@code OFPRR_HARD_TIMEOUT}. */
    public static final int REMOVED_HARD_TIMEOUT = 1 << 1;
    /** Flow-removed reason {@code OFPRR_DELETE}. */
    public static final int REMOVED_DELETE = 1 << 2;
    /** Flow-removed reason {@code OFPRR_GROUP_DELETE}. */
    public static final int REMOVED_GROUP_DELETE = 1 << 3;

    /**
     * The configuration Open vSwitch gives a new OpenFlow 1.3 connection, as the spec describes the default: a
     * master or equal controller receives every message but invalid-TTL packet-ins; a slave receives port status
     * only.
     */
    public static final OfAsyncConfig SWITCH_DEFAULT = new OfAsyncConfig(PACKET_IN_NO_MATCH | PACKET_IN_ACTION, 0,
        PORT_ADD | PORT_DELETE | PORT_MODIFY, PORT_ADD | PORT_DELETE | PORT_MODIFY,
        REMOVED_IDLE_TIMEOUT | REMOVED_HARD_TIMEOUT | REMOVED_DELETE | REMOVED_GROUP_DELETE, 0);
}
