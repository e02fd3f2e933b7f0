/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The overlay planner: from the intent (nodes, networks, ports), the segment plan and what each node really has
 * (ofports, tunnel ports, encapsulations it can carry) to the flows every integration bridge must hold, as values.
 * No I/O: the reconciler compares these values with what a switch reports and sends the difference.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.tunnel.impl.planner;
