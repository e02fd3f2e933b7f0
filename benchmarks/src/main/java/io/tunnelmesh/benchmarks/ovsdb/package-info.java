/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OVSDB client against {@code ovs-vsctl}, both on a real {@code ovsdb-server} and {@code ovs-vswitchd}.
 */
package io.tunnelmesh.benchmarks.ovsdb;
