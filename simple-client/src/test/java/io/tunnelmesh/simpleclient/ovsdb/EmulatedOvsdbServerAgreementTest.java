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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link OvsdbServerAgreement} against the {@link OvsdbEmulatedServer}, one for the class, on loopback.
 */
@ExtendWith(NettyLeakDetection.class)
class EmulatedOvsdbServerAgreementTest extends OvsdbServerAgreement {
    private static EventLoopGroup serverGroup;
    private static OvsdbEmulatedServer server;
    private static InetSocketAddress address;

    @BeforeAll
    static void startServer() throws InterruptedException {
        serverGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        server = new OvsdbEmulatedServer(OvsdbEmulatedDatabase.openVswitch(OvsdbEmulatorConfig.DEFAULT), serverGroup);
        address = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stopServer() {
        server.close();
        serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Override
    InetSocketAddress serverAddress() {
        return address;
    }
}
