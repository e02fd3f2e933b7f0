/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import io.netty.util.concurrent.EventExecutor;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbJsonRpcClient;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTarget;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's session with one node that it dials ({@code tcp:IP:PORT} or {@code ssl:IP:PORT}): connects, reads
 * the schema, (re)starts every registered monitor, then tells the listeners it is connected. When the connection is
 * lost (the peer closed it, the inactivity probe went unanswered, a framing error), the listeners are told and the
 * session dials again after a {@link OvsdbBackoff backoff} delay, forever, until {@link #close()}. The attempt count
 * restarts after each connection that came fully up, so a flapping server that accepts and drops connections at once
 * still sees growing delays.
 */
public final class OvsdbSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OvsdbSession.class);

    private final OvsdbConnector connector;
    private final OvsdbTarget target;
    private final OvsdbSessionConfig config;
    private final EventExecutor scheduler;
    private final List<OvsdbSessionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<OvsdbResumableMonitor> monitors = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private @Nullable OvsdbJsonRpcClient live;
    private @Nullable OvsdbSessionConnection current;
    private int failedAttempts;
    private boolean started;
    private boolean closed;

    /**
     * A session, not yet started.
     *
     * @param connector dials the node
     * @param target the node's OVSDB address
     * @param config the database and the backoff
     */
    public OvsdbSession(final OvsdbConnector connector, final OvsdbTarget target, final OvsdbSessionConfig config) {
        this.connector = connector;
        this.target = target;
        this.config = config;
        this.scheduler = connector.group().next();
    }

    /**
     * The node's address.
     *
     * @return the target
     */
    public OvsdbTarget target() {
        return target;
    }

    /**
     * Adds a listener; if the session is connected now, the listener hears of it at once.
     *
     * @param listener the listener
     */
    public void addListener(final OvsdbSessionListener listener) {
        listeners.add(listener);
        connection().ifPresent(listener::connected);
    }

    /**
     * Registers a monitor, started on the current connection (if any) and on every later one.
     *
     * @param sink the monitor's consumer
     * @return the monitor, which tells the method in use and the last transaction id
     */
    public OvsdbResumableMonitor addMonitor(final OvsdbMonitorSink sink) {
        final var monitor = new OvsdbResumableMonitor(sink);
        monitors.add(monitor);
        connection().ifPresent(now -> monitor.start(now.client(), now.schema()));
        return monitor;
    }

    /**
     * The connection, while the session is connected.
     *
     * @return the connection, or empty while (re)connecting
     */
    public Optional<OvsdbSessionConnection> connection() {
        synchronized (lock) {
            return Optional.ofNullable(current);
        }
    }

    /**
     * Starts dialling; does nothing if already started.
     */
    public void start() {
        synchronized (lock) {
            if (started || closed) {
                return;
            }
            started = true;
        }
        dial();
    }

    private void dial() {
        synchronized (lock) {
            if (closed) {
                return;
            }
        }
        connector.connect(target).whenComplete((client, failure) -> {
            if (failure != null) {
                LOG.debug("OVSDB session {}: cannot connect: {}", target, failure.toString());
                retry();
            } else {
                up(client);
            }
        });
    }

    private void up(final OvsdbJsonRpcClient client) {
        synchronized (lock) {
            if (closed) {
                client.close();
                return;
            }
            live = client;
        }
        client.closeFuture().thenRun(() -> down(client));
        client.getSchema(config.database())
            .thenCompose(schema -> startMonitors(client, schema).thenApply(done -> schema))
            .whenComplete((schema, failure) -> {
                if (failure != null) {
                    LOG.warn("OVSDB session {}: setting up the connection failed, reconnecting: {}", target,
                        failure.toString());
                    client.close();
                } else {
                    connected(client, schema);
                }
            });
    }

    private CompletableFuture<Void> startMonitors(final OvsdbJsonRpcClient client, final OvsdbDatabaseSchema schema) {
        return CompletableFuture.allOf(monitors.stream().map(monitor -> monitor.start(client, schema))
            .toArray(CompletableFuture[]::new));
    }

    private void connected(final OvsdbJsonRpcClient client, final OvsdbDatabaseSchema schema) {
        final var connection = new OvsdbSessionConnection(client, schema);
        synchronized (lock) {
            if (live != client) {
                return;
            }
            current = connection;
            failedAttempts = 0;
        }
        // monitors registered while this connection was being set up
        startMonitors(client, schema);
        LOG.info("OVSDB session {}: connected", target);
        listeners.forEach(listener -> listener.connected(connection));
    }

    private void down(final OvsdbJsonRpcClient client) {
        final OvsdbSessionConnection lost;
        synchronized (lock) {
            if (live != client) {
                return;
            }
            live = null;
            lost = current;
            current = null;
        }
        if (lost != null) {
            LOG.info("OVSDB session {}: disconnected", target);
            listeners.forEach(listener -> listener.disconnected(lost));
        }
        retry();
    }

    private void retry() {
        final long delayNanos;
        synchronized (lock) {
            if (closed) {
                return;
            }
            delayNanos = config.backoff().delay(failedAttempts++, ThreadLocalRandom.current()::nextDouble).toNanos();
        }
        scheduler.schedule(this::dial, delayNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Stops reconnecting and closes the connection; the listeners hear of the disconnection.
     */
    @Override
    public void close() {
        final OvsdbJsonRpcClient client;
        synchronized (lock) {
            closed = true;
            client = live;
        }
        if (client != null) {
            client.close();
        }
    }
}
