/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The emulated OVSDB server (RFC 7047) on the production protocol layer of {@code io.tunnelmesh.ovsdb.impl}: an
 * in-memory {@link io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatedDatabase} of a schema (the real
 * {@code Open_vSwitch} one by default) with the transaction semantics of section 5.2 (atomicity, referential
 * integrity, garbage collection, unique indexes), monitors with {@code update}, {@code update2} and {@code update3}
 * notifications and a transaction history for {@code monitor_cond_since}, locks, and a
 * {@link io.tunnelmesh.simpleclient.ovsdb.VswitchdEmulation} that does what {@code ovs-vswitchd} writes back
 * ({@code ofport}, {@code datapath_id}, interface errors). {@link io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatedServer}
 * serves it over JSON-RPC on TCP, listening or dialing a manager.
 */
package io.tunnelmesh.simpleclient.ovsdb;
