/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Monitors (RFC 7047 sections 4.1.5 to 4.1.7) and Open vSwitch's conditional monitors ({@code monitor_cond},
 * {@code monitor_cond_since}, documented in {@code ovsdb-server(7)}): what to watch, and the typed updates the server
 * sends, the row-level {@code update} of the RFC and the diff-based {@code update2} and {@code update3}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.ovsdb.api.monitor;
