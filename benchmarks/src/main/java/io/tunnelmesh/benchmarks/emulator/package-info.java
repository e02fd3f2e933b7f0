/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Scale runs of the switch emulator, plain mains rather than JMH (they measure sockets and threads over seconds):
 * {@link io.tunnelmesh.benchmarks.emulator.EmulatorThroughput} (messages per second one emulator thread writes to a
 * sink that discards them) and {@link io.tunnelmesh.benchmarks.emulator.ProviderHold} (a bare switch connection
 * provider holding the connections of a large fleet, reporting its memory and threads). {@code benchmarks/run
 * emulator} and {@code benchmarks/run provider-hold} start them.
 */
package io.tunnelmesh.benchmarks.emulator;
