/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

/**
 * The traffic counters of a provider or of one connection, read at one moment. Each counter only grows.
 * <pre>
 *   bytes -&gt; received (frames) -&gt; decoded | decodeFailures -&gt; passedUp (to listeners and futures)
 *   send() -&gt; flowModsIn -&gt; encoded | encodeFailures -&gt; flowModsSent (written to the socket)
 * </pre>
 *
 * @param received frames cut from the byte stream (or datagrams received)
 * @param decoded frames decoded into messages
 * @param decodeFailures frames that could not be decoded, each answered with an {@code OFPT_ERROR}
 * @param passedUp messages handed to a listener or completing a request
 * @param encoded messages encoded
 * @param encodeFailures messages that could not be encoded
 * @param flowModsIn {@code FLOW_MOD} messages callers asked to send, bare or added to an ONF bundle
 * @param flowModsSent {@code FLOW_MOD} messages written to the socket, bare or added to an ONF bundle
 */
public record OfCounterSnapshot(long received, long decoded, long decodeFailures, long passedUp, long encoded,
        long encodeFailures, long flowModsIn, long flowModsSent) {
    // a value
}
