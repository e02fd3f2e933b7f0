/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.connection.OfSwitchConnectionProvider;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The library's switch connection provider, as a controller runs it, for scenarios that play a switch: it records
 * the first switch whose handshake finishes and then asks it for a barrier (which the switch scenarios answer), and
 * the reason its connection ended.
 */
final class BarrierController implements AutoCloseable {
    final CompletableFuture<OfConnection> handshaken = new CompletableFuture<>();
    final CompletableFuture<OfBarrierReply> barrier = new CompletableFuture<>();
    final CompletableFuture<OfDisconnectReason> disconnected = new CompletableFuture<>();
    private final OfSwitchConnectionProvider provider;
    private final InetSocketAddress address;

    BarrierController() throws Exception {
        provider = new OfSwitchConnectionProvider(SwitchConnectionConfig.builder().port(0).workerThreads(1).build(),
            OpenFlowCodecs.standard(), SwitchConnectionHandler.acceptingAll(new OfSystemListener() {
                @Override
                public void onHandshakeDone(final OfConnection done) {
                    handshaken.complete(done);
                    done.barrier().whenComplete((reply, failure) -> {
                        if (failure != null) {
                            barrier.completeExceptionally(failure);
                        } else {
                            barrier.complete(reply);
                        }
                    });
                }

                @Override
                public void onDisconnected(final OfConnection gone, final OfDisconnectReason reason) {
                    disconnected.complete(reason);
                }
            }));
        address = provider.start().get(10, TimeUnit.SECONDS);
    }

    InetSocketAddress address() {
        return address;
    }

    @Override
    public void close() throws Exception {
        provider.stop().get(10, TimeUnit.SECONDS);
    }
}
