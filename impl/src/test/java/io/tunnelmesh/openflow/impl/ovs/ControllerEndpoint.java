/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ovs;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.connection.OfSwitchConnectionProvider;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The controller side of an OVS test: the library's {@link OfSwitchConnectionProvider} with the standard codecs, and
 * the first connection whose handshake (HELLO, FEATURES) is done. One endpoint serves one bridge.
 */
public final class ControllerEndpoint implements AutoCloseable {
    private final OfSwitchConnectionProvider provider;
    private final CompletableFuture<OfConnection> ready = new CompletableFuture<>();
    private InetSocketAddress bound = new InetSocketAddress(0);

    private ControllerEndpoint(final SwitchConnectionConfig config) {
        // usable once HELLO and FEATURES are done
        provider = new OfSwitchConnectionProvider(config, OpenFlowCodecs.standard(),
            SwitchConnectionHandler.acceptingAll(new OfSystemListener() {
                @Override
                public void onHandshakeDone(final OfConnection done) {
                    ready.complete(done);
                }
            }));
    }

    /**
     * An endpoint that does not listen, for dialing switches that do ({@link #dial}).
     */
    public static ControllerEndpoint dialing(final SwitchConnectionConfig config) {
        return new ControllerEndpoint(config);
    }

    /**
     * An endpoint listening as configured; {@link #port()} is the bound port.
     */
    public static ControllerEndpoint listening(final SwitchConnectionConfig config)
            throws InterruptedException, ExecutionException, TimeoutException {
        final var endpoint = new ControllerEndpoint(config);
        try {
            endpoint.bound = endpoint.provider.start().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            endpoint.close();
            throw e;
        }
        return endpoint;
    }

    public int port() {
        return bound.getPort();
    }

    /**
     * Dials a switch that listens ({@code ptcp:}), retrying while it does not listen yet: Open vSwitch opens the
     * passive socket a moment after {@code ovs-vsctl} returns.
     *
     * @param address the switch's address
     * @param sandbox whose log explains a switch that never listens
     */
    public void dial(final InetSocketAddress address, final OvsSandbox sandbox) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                provider.connect(address).get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("cannot dial " + address + "; ovs-vswitchd log:\n"
                        + sandbox.vswitchdLog(), e);
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * Waits for the first switch to finish its handshake.
     *
     * @param sandbox whose log explains a switch that never comes
     * @return the connection
     */
    public OfConnection awaitSwitch(final OvsSandbox sandbox) throws InterruptedException, ExecutionException {
        try {
            return ready.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no switch finished its handshake within 60 s; ovs-vswitchd log:\n"
                + sandbox.vswitchdLog(), e);
        }
    }

    @Override
    public void close() throws InterruptedException, ExecutionException, TimeoutException {
        provider.stop().get(30, TimeUnit.SECONDS);
    }
}
