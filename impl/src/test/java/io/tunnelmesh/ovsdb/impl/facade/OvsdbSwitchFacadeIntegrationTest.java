/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link OvsdbSwitchFacadeContract} against a real {@code ovsdb-server} and {@code ovs-vswitchd} 3.1 with userspace
 * tunnel ports, a sandbox of its own per test ({@link OvsSandbox#startWithTunnels()}).
 */
@ExtendWith(NettyLeakDetection.class)
class OvsdbSwitchFacadeIntegrationTest extends OvsdbSwitchFacadeContract {
    private OvsSandbox sandbox;

    @Override
    protected InetSocketAddress startServer() throws Exception {
        sandbox = OvsSandbox.startWithTunnels();
        return sandbox.dbTcpAddress();
    }

    @Override
    protected void stopServer() {
        sandbox.close();
    }
}
