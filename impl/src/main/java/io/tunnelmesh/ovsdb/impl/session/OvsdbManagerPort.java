/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import io.netty.channel.Channel;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbAcceptor;
import io.tunnelmesh.ovsdb.impl.client.OvsdbJsonRpcClient;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passive side: the port nodes dial when told {@code ovs-vsctl set-manager tcp:IP:PORT} (the {@code Manager}
 * table, {@code ovs-vswitchd.conf.db(5)}). A connection says nothing about which node it is, so each new one first
 * monitors {@code Open_vSwitch.external_ids} (RFC 7047 {@code monitor}, whose updates carry whole rows) and the node
 * is known by {@code system-id}, the stable identity {@code ovs-ctl} writes, or by {@code hostname} if it has none,
 * once the reply or a later update shows one.
 */
public final class OvsdbManagerPort implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OvsdbManagerPort.class);
    private static final String DATABASE = "Open_vSwitch";
    private static final OvsdbString SYSTEM_ID = new OvsdbString("system-id");
    private static final OvsdbString HOSTNAME = new OvsdbString("hostname");

    private final OvsdbAcceptor acceptor;
    private final OvsdbNodeListener listener;
    private final AtomicReference<@Nullable Channel> server = new AtomicReference<>();

    /**
     * A manager port, not yet listening.
     *
     * @param acceptor accepts the connections
     * @param listener told of identified nodes
     */
    public OvsdbManagerPort(final OvsdbAcceptor acceptor, final OvsdbNodeListener listener) {
        this.acceptor = acceptor;
        this.listener = listener;
    }

    /**
     * Starts listening.
     *
     * @param address where; port 0 lets the kernel pick
     * @return the bound address
     */
    public CompletableFuture<InetSocketAddress> listen(final InetSocketAddress address) {
        return acceptor.listen(address, this::accepted).thenApply(channel -> {
            server.set(channel);
            return (InetSocketAddress) channel.localAddress();
        });
    }

    private void accepted(final OvsdbJsonRpcClient client) {
        final var identified = new CompletableFuture<String>();
        client.getSchema(DATABASE).thenCompose(schema -> identify(client, schema, identified)
            .thenCombine(identified, (connection, nodeId) -> {
                LOG.info("OVSDB node {} connected to the manager port", nodeId);
                listener.nodeConnected(nodeId, connection);
                client.closeFuture().thenRun(() -> listener.nodeDisconnected(nodeId, connection));
                return nodeId;
            })).whenComplete((nodeId, failure) -> {
                if (failure != null) {
                    LOG.warn("OVSDB manager port: dropping a node that could not be identified: {}",
                        failure.toString());
                    client.close();
                }
            });
        client.closeFuture().thenRun(() -> identified.completeExceptionally(
            new IllegalStateException("closed before it showed a system-id or hostname")));
    }

    private static CompletableFuture<OvsdbSessionConnection> identify(final OvsdbJsonRpcClient client,
            final OvsdbDatabaseSchema schema, final CompletableFuture<String> identified) {
        return client.monitor(schema, List.of(OvsdbMonitorRequest.of(DATABASE, "external_ids")),
            update -> nodeId(update).ifPresent(identified::complete))
            .thenApply(reply -> {
                nodeId(reply.initial()).ifPresent(identified::complete);
                identified.thenRun(() -> client.monitorCancel(reply.id()));
                return new OvsdbSessionConnection(client, schema);
            });
    }

    /**
     * The node's identity in a {@code monitor} update of {@code Open_vSwitch}: {@code system-id}, else
     * {@code hostname}, from the row's new {@code external_ids}.
     *
     * @param updates the update
     * @return the identity, or empty if the row shows neither
     */
    static Optional<String> nodeId(final OvsdbTableUpdates updates) {
        final var rows = updates.tables().getOrDefault(DATABASE, Map.of());
        for (OvsdbRowUpdate row : rows.values()) {
            final var ids = row.current().flatMap(current -> current.get("external_ids"));
            if (ids.isPresent() && ids.orElseThrow() instanceof OvsdbMap map) {
                final var id = map.get(SYSTEM_ID).or(() -> map.get(HOSTNAME));
                if (id.isPresent() && id.orElseThrow() instanceof OvsdbString text && !text.value().isEmpty()) {
                    return Optional.of(text.value());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Stops listening; connected nodes stay connected.
     */
    @Override
    public void close() {
        final var channel = server.getAndSet(null);
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
    }
}
