/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.simpleclient.switchstate.SwitchPort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An emulated node's switch follows its OVSDB bridge: ports with the assigned ofports, the controller dialed with the
 * configured datapath id, and hung up on when the controller is removed.
 */
class EmulatedNodeTest {
    private static final int TIMEOUT_MILLIS = 10_000;

    @Test
    void theSwitchFollowsTheBridgeRows() throws Exception {
        try (var nodes = EmulatedNodes.start(List.of(EmulatedNodeConfig.DEFAULT.withVms(3)),
                InetAddress.getLoopbackAddress(), 0, 1);
             var controller = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            controller.setSoTimeout(TIMEOUT_MILLIS);
            final var node = nodes.node(1);
            final var vm2 = node.ofport("vm-2").orElseThrow();
            final var ports = node.ofSwitch().query(state -> List.copyOf(state.ports())).join();
            assertTrue(ports.stream().anyMatch(port -> port.number() == vm2 && "vm-2".equals(port.desc().name())
                && port.desc().hwAddress().equals(EmulatedNodeConfig.vmMac(1, 2)) && !port.flowBasedTunnel()),
                () -> "vm-2 as port " + vm2 + " in " + ports);
            assertTrue(ports.stream().anyMatch(port -> port.number() == OfActionOutput.LOCAL), ports::toString);
            assertEquals(4, ports.size(), ports::toString);

            assertTrue(node.database().transact(controllerAndTunnel(controller.getLocalPort())).isSuccess());
            try (Socket accepted = controller.accept()) {
                accepted.setSoTimeout(TIMEOUT_MILLIS);
                // OpenFlow HELLO: version 1.3 first
                assertEquals(4, accepted.getInputStream().read());
                assertEquals(0x00000000cafe0001L, node.ofSwitch().datapathId());
                final long stt = node.ofport("tm-stt").orElseThrow();
                final Optional<SwitchPort> tunnel = node.ofSwitch().query(state -> state.ports().stream()
                    .filter(port -> port.number() == stt).findFirst()).join();
                assertTrue(tunnel.orElseThrow().flowBasedTunnel(), tunnel::toString);

                assertTrue(node.database().transact(List.of(new OvsdbUpdate("Bridge",
                    List.of(OvsdbCondition.nameIs("br-int")), new OvsdbRow(Map.of("controller",
                    OvsdbSet.empty()))))).isSuccess());
                assertTrue(drainsToEnd(accepted), "the switch hangs up once its controller is removed");
            }
            assertFalse(node.bridge().controller() != null, "no controller in the view");
        }
    }

    private static boolean drainsToEnd(final Socket socket) throws IOException {
        final var in = socket.getInputStream();
        final var buffer = new byte[4096];
        while (true) {
            if (in.read(buffer) < 0) {
                return true;
            }
        }
    }

    private static List<OvsdbOperation> controllerAndTunnel(final int port) {
        return List.of(
            new OvsdbInsert("Controller", new OvsdbRow(Map.of("target", OvsdbAtom.of("tcp:127.0.0.1:" + port))),
                "controller"),
            new OvsdbInsert("Interface", new OvsdbRow(Map.of("name", OvsdbAtom.of("tm-stt"), "type",
                OvsdbAtom.of("stt"), "options", OvsdbMap.ofStrings(Map.of("remote_ip", "flow", "key", "flow")))),
                "iface"),
            new OvsdbInsert("Port", new OvsdbRow(Map.of("name", OvsdbAtom.of("tm-stt"), "interfaces",
                OvsdbSet.of(new OvsdbNamedUuid("iface")))), "port"),
            new OvsdbUpdate("Bridge", List.of(OvsdbCondition.nameIs("br-int")), new OvsdbRow(Map.of(
                "controller", OvsdbSet.of(new OvsdbNamedUuid("controller")),
                "protocols", OvsdbSet.of(OvsdbAtom.of("OpenFlow13")),
                "other_config", OvsdbMap.ofStrings(Map.of("datapath-id", "00000000cafe0001"))))),
            new OvsdbMutate("Bridge", List.of(OvsdbCondition.nameIs("br-int")), List.of(
                OvsdbMutation.insert("ports", OvsdbSet.of(new OvsdbNamedUuid("port"))))));
    }
}
