/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.monitor;

/**
 * The {@code <json-value>} that identifies a monitor on one connection (RFC 7047 section 4.1.5): the client chooses
 * it, the server's updates carry it, {@code monitor_cancel} names it.
 *
 * @param value the identifier, a string on the wire
 */
public record OvsdbMonitorId(String value) {
}
