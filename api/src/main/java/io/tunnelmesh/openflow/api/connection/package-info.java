/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Connections to OpenFlow switches: {@link io.tunnelmesh.openflow.api.connection.OfConnection} (send, correlated
 * requests, barriers, multipart assembly), the listeners a connection reports asynchronous messages and system
 * events to, the {@link io.tunnelmesh.openflow.api.connection.SwitchConnectionProvider} that accepts switches (or
 * dials them) with an immutable {@link io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig}, and the
 * traffic counters it keeps.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.connection;
