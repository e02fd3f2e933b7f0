/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.monitor;

/**
 * A monitor the server accepted: its id, for {@code monitor_cancel}, and the server's reply, the rows it started with.
 *
 * @param <T> the reply's type: {@link OvsdbTableUpdates} for {@code monitor}, {@link OvsdbTableUpdates2} for
 *     {@code monitor_cond}, {@link OvsdbMonitorSince} for {@code monitor_cond_since}
 * @param id the monitor's id
 * @param initial the reply
 */
public record OvsdbMonitorStarted<T>(OvsdbMonitorId id, T initial) {
}
