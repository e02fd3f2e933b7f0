/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tunnelmesh.ovsdb.api.OvsdbLockListener;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the server's notifications to their listeners: {@code update}, {@code update2} and {@code update3} (RFC 7047
 * section 4.1.6, {@code ovsdb-server(7)}) to the monitor their first param names, {@code locked} and {@code stolen}
 * (sections 4.1.9 and 4.1.10) to the lock's listener. A notification for an unknown monitor or lock, of a kind the
 * monitor does not receive, or that does not decode, is logged and dropped.
 */
final class OvsdbNotificationRouter implements Consumer<JsonRpcMessage.Notification> {
    private static final Logger LOG = LoggerFactory.getLogger(OvsdbNotificationRouter.class);

    private final Map<String, Route> monitors = new ConcurrentHashMap<>();
    private final Map<String, OvsdbLockListener> locks = new ConcurrentHashMap<>();

    /**
     * Where one monitor's notifications go.
     *
     * @param method the notification method the monitor receives
     * @param delivery decodes the params and calls the listener
     */
    record Route(String method, Delivery delivery) {
    }

    /**
     * Decodes a notification's params and delivers the update.
     */
    @FunctionalInterface
    interface Delivery {
        void deliver(ArrayNode params) throws OvsdbProtocolException;
    }

    void addMonitor(final String monitorId, final Route route) {
        monitors.put(monitorId, route);
    }

    /**
     * Makes a monitor's notifications also reach its route under another id (before {@code monitor_cond_change},
     * whose update carries the new id).
     *
     * @return false if there is no such monitor
     */
    boolean aliasMonitor(final String monitorId, final String alias) {
        final var route = monitors.get(monitorId);
        if (route == null) {
            return false;
        }
        monitors.put(alias, route);
        return true;
    }

    void removeMonitor(final String monitorId) {
        monitors.remove(monitorId);
    }

    void addLock(final String lockId, final OvsdbLockListener listener) {
        locks.put(lockId, listener);
    }

    void removeLock(final String lockId) {
        locks.remove(lockId);
    }

    @Override
    public void accept(final JsonRpcMessage.Notification notification) {
        final var params = notification.params();
        final String target = params.isEmpty() ? null : params.get(0).textValue();
        if (target == null) {
            LOG.warn("OVSDB notification {} without a string id: {}", notification.method(), params);
            return;
        }
        switch (notification.method()) {
            case "update", "update2", "update3" -> update(notification.method(), target, params);
            case "locked", "stolen" -> lock(notification.method(), target);
            default -> LOG.warn("OVSDB notification of unknown method {}", notification.method());
        }
    }

    private void update(final String method, final String monitorId, final ArrayNode params) {
        final var route = monitors.get(monitorId);
        if (route == null || !route.method().equals(method)) {
            LOG.warn("OVSDB {} for {} monitor {}: dropped", method, route == null ? "unknown" : "a " + route.method(),
                monitorId);
            return;
        }
        try {
            route.delivery().deliver(params);
        } catch (OvsdbProtocolException e) {
            LOG.warn("OVSDB {} for monitor {} does not decode: {}", method, monitorId, e.getMessage());
        }
    }

    private void lock(final String method, final String lockId) {
        final var listener = locks.get(lockId);
        if (listener == null) {
            LOG.warn("OVSDB {} for unknown lock {}: dropped", method, lockId);
        } else if ("locked".equals(method)) {
            listener.locked(lockId);
        } else {
            listener.stolen(lockId);
        }
    }
}
