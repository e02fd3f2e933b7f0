/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

/**
 * Why a connection ended: the first cause recorded wins, later ones are ignored.
 *
 * @param cause the kind of reason
 * @param detail what exactly happened, for a log line
 */
public record OfDisconnectReason(Cause cause, String detail) {
    /**
     * The kinds of reason.
     */
    public enum Cause {
        /** The peer closed the connection. */
        PEER_CLOSED,
        /** This side closed it, as asked by {@link OfConnection#close()} or a refusing handler. */
        LOCAL_CLOSE,
        /** No answer to an {@code ECHO_REQUEST} sent after the idle time (section 6.3.2). */
        IDLE,
        /** No common version (section 6.3.1), or the handshake did not finish in time. */
        HANDSHAKE_FAILED,
        /** Bytes that cannot be framed, such as a header length below 8 (section 7.1.1). */
        PROTOCOL_ERROR,
        /** An I/O error or an unexpected exception. */
        EXCEPTION
    }

    @Override
    public String toString() {
        return cause + ": " + detail;
    }
}
