/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfAsyncConfig;
import io.tunnelmesh.openflow.api.message.OfControllerRole;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.api.message.OfPortStatus;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a switch knows about one controller connection: the negotiated version, the controller's role (OpenFlow
 * 1.3.5 section 6.3.7, {@code EQUAL} until it asks for another) and which asynchronous messages it wants (section
 * 7.3.10, Open vSwitch's defaults until a {@code SET_ASYNC}). Belongs to the switch's event loop.
 */
final class SwitchSession {
    private @Nullable OfVersion version;
    private OfControllerRole role = OfControllerRole.EQUAL;
    private OfAsyncConfig async = OfAsyncConfig.SWITCH_DEFAULT;

    @Nullable OfVersion version() {
        return version;
    }

    void negotiated(final OfVersion negotiated) {
        version = negotiated;
    }

    OfControllerRole role() {
        return role;
    }

    void role(final OfControllerRole value) {
        role = value;
    }

    boolean isSlave() {
        return OfControllerRole.SLAVE.equals(role);
    }

    OfAsyncConfig async() {
        return async;
    }

    void async(final OfAsyncConfig value) {
        async = value;
    }

    /**
     * Whether this controller gets an asynchronous message: packet-in, port status and flow-removed go to a master
     * or equal controller when their reason's bit is set in the master masks, to a slave when it is set in the slave
     * masks (section 7.3.10); every other message is not asynchronous and always goes.
     *
     * @param message a message the switch sends of its own accord
     * @return whether to send it on this connection
     */
    boolean wants(final OfMessage message) {
        final boolean slave = isSlave();
        return switch (message) {
            case OfPacketIn packetIn -> bit(slave ? async.packetInSlave() : async.packetInMaster(), packetIn.reason());
            case OfPortStatus status -> bit(slave ? async.portStatusSlave() : async.portStatusMaster(),
                status.reason());
            case OfFlowRemoved removed -> bit(slave ? async.flowRemovedSlave() : async.flowRemovedMaster(),
                removed.reason());
            default -> true;
        };
    }

    private static boolean bit(final int mask, final int reason) {
        return reason >= 0 && reason < Integer.SIZE && (mask & 1 << reason) != 0;
    }
}
