/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OVSDB client over the JSON-RPC pipeline: {@link io.tunnelmesh.ovsdb.impl.client.OvsdbJsonRpcClient} turns the
 * typed {@link io.tunnelmesh.ovsdb.api.OvsdbClient} calls into requests and their results back into values, the
 * {@link io.tunnelmesh.ovsdb.impl.client.OvsdbNotificationRouter} hands monitor updates and lock notifications to
 * their listeners, and {@link io.tunnelmesh.ovsdb.impl.client.OvsdbConnector} dials a server.
 *
 * <p>{@link io.tunnelmesh.ovsdb.impl.client.OvsdbAcceptor} is the passive side. Sessions that outlive connections
 * are in {@code io.tunnelmesh.ovsdb.impl.session}.
 */
package io.tunnelmesh.ovsdb.impl.client;
