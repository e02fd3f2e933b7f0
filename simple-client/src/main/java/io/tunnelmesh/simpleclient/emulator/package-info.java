/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Emulated OpenFlow switches over the network: a {@link io.tunnelmesh.simpleclient.emulator.SwitchFleet} of
 * {@link io.tunnelmesh.simpleclient.emulator.EmulatedSwitch}es, each speaking OpenFlow 1.3 (or 1.0) as a switch with
 * the production pipeline stages and codecs of {@code io.tunnelmesh.openflow.impl}, keeping its flows in a
 * {@link io.tunnelmesh.simpleclient.switchstate.SwitchState}, and dialing a controller (or listening for one) on
 * its own TCP, TLS or UDP connection. {@link io.tunnelmesh.simpleclient.emulator.EmulateMain} is the
 * {@code ./tunnelmesh emulate} command.
 */
package io.tunnelmesh.simpleclient.emulator;
