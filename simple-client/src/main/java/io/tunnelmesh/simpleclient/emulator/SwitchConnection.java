/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.channel.Channel;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfMessage;

/**
 * One controller connection of an emulated switch: its channel, its session and whether its handshake finished.
 * Belongs to the switch's event loop.
 */
final class SwitchConnection {
    private final Channel channel;
    private final SwitchSession session;
    private boolean handshaken;
    private int nextXid = 1;

    SwitchConnection(final Channel channel, final SwitchSession session) {
        this.channel = channel;
        this.session = session;
    }

    Channel channel() {
        return channel;
    }

    SwitchSession session() {
        return session;
    }

    boolean isHandshaken() {
        return handshaken;
    }

    void handshaken() {
        handshaken = true;
    }

    /**
     * The next transaction id of a message the switch starts (HELLO, echo probes).
     *
     * @return the xid
     */
    int nextXid() {
        return nextXid++;
    }

    /**
     * Writes an asynchronous message if this connection's controller wants it, in its version.
     *
     * @param event the message
     * @return whether it was written
     */
    boolean offer(final OfMessage event) {
        final var version = session.version();
        // a flow-removed of the shared flow table goes to an OpenFlow 1.0 controller in its form
        final OfMessage sent = OfVersion.OF10.equals(version) && event instanceof OfFlowRemoved removed
            ? Of10FlowTable.flowRemoved(removed) : event;
        if (version == null || !version.equals(sent.version()) || !session.wants(event)) {
            return false;
        }
        channel.write(sent, channel.voidPromise());
        return true;
    }
}
