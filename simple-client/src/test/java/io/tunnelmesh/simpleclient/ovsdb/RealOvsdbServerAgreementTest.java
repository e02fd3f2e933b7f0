/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.openflow.impl.ovs.OvsSandboxExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link OvsdbServerAgreement} against the real {@code ovsdb-server} and {@code ovs-vswitchd} of Open vSwitch 3.1 in
 * the shared {@link OvsSandbox}.
 */
@ExtendWith({OvsSandboxExtension.class, NettyLeakDetection.class})
class RealOvsdbServerAgreementTest extends OvsdbServerAgreement {
    private final OvsSandbox sandbox;

    RealOvsdbServerAgreementTest(final OvsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    InetSocketAddress serverAddress() throws IOException {
        return sandbox.dbTcpAddress();
    }
}
