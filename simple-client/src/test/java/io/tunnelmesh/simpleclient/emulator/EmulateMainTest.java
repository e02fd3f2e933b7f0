/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.connection.OfSwitchConnectionProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./tunnelmesh emulate} end to end against the library's switch connection provider: progress on standard
 * error, the summary on standard output when the run ends, the exit status.
 */
@ExtendWith(NettyLeakDetection.class)
class EmulateMainTest {
    @Test
    void runsForItsDurationThenSummarizes() throws Exception {
        final var provider = new OfSwitchConnectionProvider(SwitchConnectionConfig.builder().port(0).build(),
            ScriptedController.REGISTRY, new SwitchConnectionHandler() {
                @Override
                public boolean accept(final InetSocketAddress remote) {
                    return true;
                }

                @Override
                public void onSwitchConnected(final OfConnection connection) {
                    // the provider's own handshake is all this test needs
                }
            });
        final var address = provider.start().get(5, TimeUnit.SECONDS);
        try {
            final var options = EmulateOptions.parse("--switches", "3", "--controller", "127.0.0.1:"
                + address.getPort(), "--duration", "1.5", "--threads", "1");
            assertNotNull(options);
            final var out = new ByteArrayOutputStream();
            final var err = new ByteArrayOutputStream();
            final var command = new EmulateMain(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
            assertEquals(0, command.run(), err.toString(StandardCharsets.UTF_8));
            // what the shutdown hook does when the JVM exits
            command.shutdown();
            final var progress = err.toString(StandardCharsets.UTF_8);
            assertTrue(progress.startsWith("tunnelmesh emulate: 3 switches (OpenFlow [OF1.3], datapath ids from"
                + " 0x1, 4 ports each), dialing 127.0.0.1:" + address.getPort()), progress);
            assertTrue(progress.contains("tunnelmesh emulate: all 3 switches handshaken in "), progress);
            final var summary = out.toString(StandardCharsets.UTF_8);
            assertTrue(summary.startsWith("emulate summary after "), summary);
            assertTrue(summary.contains(": 3/3 switches connected, 3 handshaken, 0 flows held; messages in "),
                summary);
            assertTrue(summary.contains("; 3 connection attempts, 0 failed, 0 disconnects; all handshaken after "),
                summary);
            // the hook runs once, whatever calls it
            command.shutdown();
            assertEquals(summary, out.toString(StandardCharsets.UTF_8));
        } finally {
            provider.stop().get(10, TimeUnit.SECONDS);
        }
    }
}
