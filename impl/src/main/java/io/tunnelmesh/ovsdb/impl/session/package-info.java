/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Sessions with OVSDB servers that outlive connections: {@link io.tunnelmesh.ovsdb.impl.session.OvsdbSession} dials a
 * node and reconnects forever with capped, jittered exponential backoff
 * ({@link io.tunnelmesh.ovsdb.impl.session.OvsdbBackoff}); {@link io.tunnelmesh.ovsdb.impl.session.OvsdbManagerPort}
 * is the passive side that nodes dial, naming each by its {@code system-id}. Either way, monitors registered as
 * {@link io.tunnelmesh.ovsdb.impl.session.OvsdbMonitorSink}s are re-established after every (re)connection by
 * {@link io.tunnelmesh.ovsdb.impl.session.OvsdbResumableMonitor}, with {@code monitor_cond_since} where the server
 * has it.
 */
package io.tunnelmesh.ovsdb.impl.session;
