/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartPart;
import io.tunnelmesh.openflow.api.message.OfSwitchFeatures;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One OpenFlow channel to one switch (OpenFlow 1.3.5 section 6.3): the controller side of the connection, after or
 * during the handshake. Every method may be called from any thread; futures complete on the channel's event loop, so
 * callbacks attached to them must not block.
 * <pre>
 *   connect --HELLO/HELLO (6.3.1)--&gt; negotiated --FEATURES (7.3.1)--&gt; ready --&gt; ... --&gt; disconnected
 *                                                                      |
 *                    {@link OfSystemListener#onHandshakeDone} ----------+
 * </pre>
 * Transaction ids: {@link #nextXid()} hands out ids from a per-connection counter; callers may use their own.
 */
public interface OfConnection {
    /**
     * The peer's address.
     *
     * @return the remote address
     */
    InetSocketAddress remoteAddress();

    /**
     * The version negotiated with HELLO (section 6.3.1).
     *
     * @return the version, or {@code null} before negotiation
     */
    @Nullable OfVersion version();

    /**
     * The switch's features, known once the handshake is done (section 7.3.1).
     *
     * @return the reply, or {@code null} before the handshake is done
     */
    @Nullable OfSwitchFeatures features();

    /**
     * Whether the channel is still open.
     *
     * @return true until the connection is closed
     */
    boolean isConnected();

    /**
     * Allocates a transaction id from this connection's counter.
     *
     * @return a fresh id; ids wrap around after 2^32
     */
    int nextXid();

    /**
     * Allocates {@code count} consecutive transaction ids from this connection's counter, for a caller that sends many
     * messages at once and wants to tell their answers apart by range rather than by looking each id up.
     *
     * @param count how many ids, at least 1
     * @return the first id; the others follow it ({@code first + 1}, ... {@code first + count - 1}, wrapping around
     *     after 2^32)
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    int nextXids(int count);

    /**
     * Sends a message without waiting for an answer.
     *
     * @param message the message
     * @return a future completed when the message is written to the socket, or failed: {@link OfQueueFullException}
     *     at once when the outbound queue is full, {@link OfConnectionClosedException} when the connection is gone,
     *     the encoder's exception when the message cannot be encoded
     */
    CompletableFuture<Void> send(OfMessage message);

    /**
     * Sends messages in order without waiting for answers, as one unit: one entry in the outbound queue, encoded
     * together into one buffer and written with one write. What {@link #send} costs per message (a future, a queue
     * entry, a pass through the pipeline, an entry in the socket's outbound buffer) is paid once for all of them, for
     * callers that send thousands of messages, such as the flow-mods of a bundle. Each message still counts in the
     * connection's counters; every message of the unit counts against the outbound queue's capacity.
     *
     * @param messages the messages, in the order they are to be written
     * @return a future completed when all of them are written to the socket, or failed as {@link #send} fails; when
     *     one of them cannot be encoded, none of them is written
     */
    CompletableFuture<Void> sendAll(List<? extends OfMessage> messages);

    /**
     * Sends a request and waits for the reply carrying its xid (section 7.1). An {@code OFPT_ERROR} with the xid
     * fails the future with {@link OfErrorReplyException}; no answer within the configured request timeout fails it
     * with {@link OfRequestTimeoutException}.
     *
     * @param request the request, whose xid must not be pending already
     * @return the reply
     */
    CompletableFuture<OfMessage> request(OfMessage request);

    /**
     * Sends a request and waits for its reply as {@link #request(OfMessage)} does, for at most {@code timeout}
     * rather than the configured request timeout: for a request whose answer takes the switch work in proportion to
     * what came before it, such as the commit of a bundle of ten thousand flow-mods.
     *
     * @param request the request, whose xid must not be pending already
     * @param timeout how long to wait for the reply, from now
     * @return the reply
     */
    CompletableFuture<OfMessage> request(OfMessage request, Duration timeout);

    /**
     * Sends an {@code OFPT_BARRIER_REQUEST} (section 7.3.8) with a fresh xid and waits for its reply: every message
     * sent before has then been processed by the switch.
     *
     * @return the reply
     */
    CompletableFuture<OfBarrierReply> barrier();

    /**
     * Sends a multipart request (section 7.3.5) and assembles the replies carrying its xid until one has no
     * {@code OFPMPF_REPLY_MORE} flag. The number of parts and their total size are bounded by the configuration;
     * beyond either bound the future fails with {@link OfMultipartLimitException}.
     *
     * @param <T> the reply part type
     * @param request the request
     * @param partType the class every reply part must have
     * @return the parts, in arrival order
     */
    <T extends OfMessage & OfMultipartPart> CompletableFuture<List<T>> multipartRequest(OfMessage request,
        Class<T> partType);

    /**
     * Sends a multipart request and assembles its replies as {@link #multipartRequest(OfMessage, Class)} does, waiting
     * for the last part for at most {@code timeout} rather than the configured request timeout: for a reply the switch
     * needs a while to produce, such as the flows of a table of ten thousand entries from a busy switch.
     *
     * @param <T> the reply part type
     * @param request the request
     * @param partType the class every reply part must have
     * @param timeout how long to wait for the last part, from now
     * @return the parts, in arrival order
     */
    <T extends OfMessage & OfMultipartPart> CompletableFuture<List<T>> multipartRequest(OfMessage request,
        Class<T> partType, Duration timeout);

    /**
     * Where asynchronous messages go: {@code PACKET_IN}, {@code FLOW_REMOVED}, {@code PORT_STATUS} and any message
     * that answers no pending request.
     *
     * @param listener the listener, replacing the previous one
     */
    void setMessageListener(OfMessageListener listener);

    /**
     * Where system events go: handshake done, idle, disconnected.
     *
     * @param listener the listener, replacing the previous one
     */
    void setSystemListener(OfSystemListener listener);

    /**
     * This connection's counters.
     *
     * @return a snapshot
     */
    OfCounterSnapshot counters();

    /**
     * Closes the connection; the system listener hears {@link OfDisconnectReason.Cause#LOCAL_CLOSE} unless another
     * reason came first.
     *
     * @return a future completed when the channel is closed
     */
    CompletableFuture<Void> close();
}
