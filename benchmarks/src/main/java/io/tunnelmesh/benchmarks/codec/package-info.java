/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OpenFlow codec against ODL openflowjava 0.20.1, the codec it succeeds: the same tunnel FLOW_MOD and
 * PACKET_IN through both libraries in the same JVM, after checking that both produce and read the same bytes.
 */
package io.tunnelmesh.benchmarks.codec;
