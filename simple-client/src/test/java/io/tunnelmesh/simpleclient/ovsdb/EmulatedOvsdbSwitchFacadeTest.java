/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.ovsdb.impl.facade.OvsdbSwitchFacadeContract;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link OvsdbSwitchFacadeContract} against an {@link OvsdbEmulatedServer} with a fresh database per test, on
 * loopback: both facades reach the same outcomes as against the real server.
 */
@ExtendWith(NettyLeakDetection.class)
class EmulatedOvsdbSwitchFacadeTest extends OvsdbSwitchFacadeContract {
    private EventLoopGroup serverGroup;
    private OvsdbEmulatedServer server;

    @Override
    protected InetSocketAddress startServer() throws InterruptedException {
        serverGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        // the datapath types of the sandbox's ovs-vswitchd, which runs with the dummy datapath
        final var config = new OvsdbEmulatorConfig("3.1.0", OvsdbEmulatorConfig.DEFAULT.ifaceTypes(),
            List.of("dummy", "netdev", "system"), Set.of("stt"), OvsdbEmulatorConfig.DEFAULT.historyLength());
        server = new OvsdbEmulatedServer(OvsdbEmulatedDatabase.openVswitch(config), serverGroup);
        return server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @Override
    protected void stopServer() {
        server.close();
        serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
