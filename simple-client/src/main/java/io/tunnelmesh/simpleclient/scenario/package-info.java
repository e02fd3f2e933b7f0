/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Scripted OpenFlow peers: a {@link io.tunnelmesh.simpleclient.scenario.Scenario} is an ordered list of steps (send
 * a message, expect one matching a {@link io.tunnelmesh.simpleclient.scenario.MessagePredicate}, expect one within
 * a time, expect nothing, expect a disconnect, disconnect, wait), written in Java or in a small file format
 * ({@link io.tunnelmesh.simpleclient.scenario.ScenarioFile}). A
 * {@link io.tunnelmesh.simpleclient.scenario.ScenarioRunner} plays it as a switch or as a controller over TCP with
 * the production codec stages of {@code io.tunnelmesh.openflow.impl}, and reports exactly which step failed and
 * why ({@link io.tunnelmesh.simpleclient.scenario.ScenarioResult}). Received messages are matched on the JSON the
 * codec tools print ({@link io.tunnelmesh.simpleclient.codec.OfJsonWriter}). {@link
 * io.tunnelmesh.simpleclient.scenario.ScenarioMain} is the {@code ./tunnelmesh scenario} command.
 */
package io.tunnelmesh.simpleclient.scenario;
