/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Emulated nodes: an emulated {@code ovsdb-server} coupled to an emulated OpenFlow switch, as {@code ovs-vswitchd}
 * couples them on a hypervisor, so that a controller drives thousands of nodes through OVSDB and OpenFlow exactly as
 * it drives real ones; and {@code ./tunnelmesh emulate --nodes N}, which runs them.
 */
package io.tunnelmesh.simpleclient.node;
