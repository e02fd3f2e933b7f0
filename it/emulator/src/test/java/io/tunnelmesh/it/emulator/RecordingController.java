/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.emulator;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.connection.OfSwitchConnectionProvider;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The library's switch connection provider as a controller would run it, recording what happens to its switches:
 * the connections whose handshake finished (by datapath id), idle events, disconnects with their reasons, and the
 * errors switches sent unasked.
 */
final class RecordingController implements AutoCloseable {
    final Map<Long, OfConnection> handshaken = new ConcurrentHashMap<>();
    final Queue<OfDisconnectReason> disconnects = new ConcurrentLinkedQueue<>();
    final AtomicInteger idles = new AtomicInteger();
    /** Errors no request waited for: answers to {@code send}s. */
    final Queue<OfMessage> errors = new ConcurrentLinkedQueue<>();
    final OfSwitchConnectionProvider provider;
    final InetSocketAddress address;

    RecordingController(final SwitchConnectionConfig config) throws Exception {
        provider = new OfSwitchConnectionProvider(config, OpenFlowCodecs.standard(), new SwitchConnectionHandler() {
            @Override
            public boolean accept(final InetSocketAddress remote) {
                return true;
            }

            @Override
            public void onSwitchConnected(final OfConnection connection) {
                connection.setMessageListener((from, message) -> {
                    if (message instanceof OfErrorMessage || message instanceof Of10Error) {
                        errors.add(message);
                    }
                });
                connection.setSystemListener(new OfSystemListener() {
                    @Override
                    public void onHandshakeDone(final OfConnection done) {
                        handshaken.put(done.features().datapathId(), done);
                    }

                    @Override
                    public void onIdle(final OfConnection idle) {
                        idles.incrementAndGet();
                    }

                    @Override
                    public void onDisconnected(final OfConnection gone, final OfDisconnectReason reason) {
                        disconnects.add(reason);
                    }
                });
            }
        });
        address = provider.start().get(10, TimeUnit.SECONDS);
    }

    static RecordingController start() throws Exception {
        return new RecordingController(SwitchConnectionConfig.builder().port(0).build());
    }

    /**
     * Waits for a switch's handshake.
     *
     * @param datapathId the switch
     * @return its connection
     * @throws AssertionError if it does not come within ten seconds
     */
    OfConnection awaitSwitch(final long datapathId) throws InterruptedException {
        return awaitSwitchAgain(datapathId, null);
    }

    /**
     * Waits for a switch's handshake on another connection than the one it had.
     *
     * @param datapathId the switch
     * @param previous its earlier connection, or {@code null} for any
     * @return its new connection
     * @throws AssertionError if it does not come within ten seconds
     */
    OfConnection awaitSwitchAgain(final long datapathId, final @Nullable OfConnection previous)
            throws InterruptedException {
        Eventually.await(Duration.ofSeconds(10), () -> {
            final var connection = handshaken.get(datapathId);
            return connection != null && connection != previous;
        }, () -> "switch " + datapathId + " did not handshake (again); handshaken: " + handshaken.keySet());
        return handshaken.get(datapathId);
    }

    /**
     * Waits for a disconnect.
     *
     * @return the first disconnect's reason
     * @throws AssertionError if none comes within ten seconds
     */
    OfDisconnectReason awaitDisconnect() throws InterruptedException {
        Eventually.await(Duration.ofSeconds(10), () -> !disconnects.isEmpty(), () -> "no switch disconnected");
        return disconnects.peek();
    }

    @Override
    public void close() throws Exception {
        provider.stop().get(10, TimeUnit.SECONDS);
    }
}
