/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OpenFlow state of one emulated switch and what it does with a packet, with no network in sight: flow tables
 * (OpenFlow 1.3.5 section 6.4, as Open vSwitch implements them), groups, meters, ONF bundles, and the pipeline
 * evaluator that answers "where does this packet go from this port".
 *
 * <p>{@link io.tunnelmesh.simpleclient.switchstate.SwitchState} is the entry point: it takes the production message
 * model ({@code io.tunnelmesh.openflow.api}) in and gives messages (replies, errors, flow-removed) out, and evaluates
 * {@link io.tunnelmesh.simpleclient.switchstate.Packet}s through its pipeline. Open vSwitch 3.1 is the reference for
 * every choice the specification leaves open; {@code docs/switch-state.md} lists what is modelled and what is not.
 *
 * <p>Not thread-safe: one switch's state belongs to one thread (the Netty event loop of its connection).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.simpleclient.switchstate;
