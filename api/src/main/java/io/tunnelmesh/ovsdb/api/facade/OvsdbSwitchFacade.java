/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.facade;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A node's Open vSwitch as TunnelMesh sees it. Each {@code ensure} or {@code remove} reads what is there, and changes
 * what differs in one transaction, guarded by {@code wait} operations (RFC 7047 section 5.2.6, timeout 0) that fail
 * it if another client changed the same rows in between; when nothing differs, no transaction is sent. A failed
 * transaction fails the future with an {@link io.tunnelmesh.ovsdb.api.OvsdbTransactionException} naming the operation.
 */
public interface OvsdbSwitchFacade {
    /**
     * Makes a bridge look like the spec: created with its internal port and controllers if absent, its columns set
     * if they differ.
     *
     * @param bridge the spec
     * @return true if a transaction changed something
     */
    CompletableFuture<Boolean> ensureBridge(OvsdbBridgeSpec bridge);

    /**
     * Makes tunnel ports look like their specs, all in one transaction: created on their bridge if absent, their
     * type and options set if they differ.
     *
     * @param ports the specs
     * @return true if a transaction changed something
     */
    CompletableFuture<Boolean> ensureTunnelPorts(List<OvsdbTunnelPortSpec> ports);

    /**
     * Removes a port from a bridge; its interface goes with it.
     *
     * @param bridge the bridge
     * @param port the port name
     * @return true if the port was there
     */
    CompletableFuture<Boolean> removeTunnelPort(String bridge, String port);

    /**
     * The node's version and capabilities.
     *
     * @return the info
     */
    CompletableFuture<OvsdbSwitchInfo> switchInfo();

    /**
     * A bridge's datapath ID, as {@code ovs-vswitchd} reports it ({@code datapath_id}).
     *
     * @param bridge the bridge
     * @return 16 hex digits, or empty if the bridge is absent or not yet realised
     */
    CompletableFuture<Optional<String>> datapathId(String bridge);

    /**
     * Every interface's {@code ofport} and {@code error}.
     *
     * @return the states by interface name
     */
    CompletableFuture<Map<String, OvsdbInterfaceState>> interfaces();
}
