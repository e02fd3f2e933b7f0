/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.session.OvsdbMonitorSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds back a monitor's updates on demand, making a replica as stale as a test needs: {@link #hold()} queues every
 * later update, {@link #release()} delivers them in order and lets the next ones through.
 */
final class OvsdbMonitorGate {
    private final List<OvsdbTableUpdates2> held = new ArrayList<>();
    private boolean holding;
    private OvsdbMonitorSink target;

    /** Queues updates from now on. */
    synchronized void hold() {
        holding = true;
    }

    /** Delivers the queued updates and stops queueing. */
    synchronized void release() {
        holding = false;
        held.forEach(target::update);
        held.clear();
    }

    /**
     * A sink that passes through the gate.
     *
     * @param sink the real sink
     * @return the gated sink
     */
    synchronized OvsdbMonitorSink wrap(final OvsdbMonitorSink sink) {
        target = sink;
        return new OvsdbMonitorSink() {
            @Override
            public List<OvsdbMonitorRequest> requests() {
                return sink.requests();
            }

            @Override
            public void start(final OvsdbDatabaseSchema schema, final boolean resumed,
                    final OvsdbTableUpdates2 updates) {
                sink.start(schema, resumed, updates);
            }

            @Override
            public void update(final OvsdbTableUpdates2 updates) {
                synchronized (OvsdbMonitorGate.this) {
                    if (holding) {
                        held.add(updates);
                        return;
                    }
                    sink.update(updates);
                }
            }
        };
    }
}
