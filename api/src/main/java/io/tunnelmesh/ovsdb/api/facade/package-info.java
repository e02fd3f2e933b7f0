/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The domain facade over OVSDB for TunnelMesh (docs/ovsdb.md): what a node's integration bridge and its flow-based
 * tunnel ports must look like ({@link io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec},
 * {@link io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec}), what the node reports back, and
 * {@link io.tunnelmesh.ovsdb.api.facade.OvsdbSwitchFacade}, which makes it so in one transaction per call. Table and
 * column names are those of {@code ovs-vswitchd.conf.db(5)}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.ovsdb.api.facade;
