/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A minimal OpenFlow 1.3 switch on a plain socket, byte for byte from the specification (this module has no codec on
 * its class path, on purpose: it sees the controller as a switch would), enough to check the controller's OpenFlow
 * endpoint: the HELLO exchange, the FEATURES_REQUEST answered with a datapath id, an ECHO_REQUEST answered.
 */
final class OpenFlowProbe {
    private static final int OF13 = 4;
    private static final int HELLO = 0;
    private static final int ECHO_REPLY = 3;
    private static final int FEATURES_REQUEST = 5;
    private static final int FEATURES_REPLY = 6;
    private static final int TIMEOUT_MILLIS = 10_000;

    private OpenFlowProbe() {
        // static checks
    }

    /**
     * Connects, handshakes as a switch with the given datapath id, and checks an echo.
     *
     * @param port the controller's OpenFlow port on 127.0.0.1
     * @param datapathId the switch's datapath id
     */
    static void assertHandshakes(final int port, final long datapathId) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            final var in = new DataInputStream(socket.getInputStream());
            final var out = socket.getOutputStream();
            // HELLO, OpenFlow 1.3, with a version bitmap element offering 1.3 (OpenFlow 1.3.5 section 7.5.1)
            out.write(HexFormat.of().parseHex("04000010000000010001000800000010"));
            assertEquals(HELLO, read(in).type());
            final var request = read(in);
            assertEquals(FEATURES_REQUEST, request.type());
            assertEquals(OF13, request.version());
            // FEATURES_REPLY: datapath id, 0 buffers, 254 tables, auxiliary id 0, pad, capabilities, reserved
            out.write(ByteBuffer.allocate(32).put((byte) OF13).put((byte) FEATURES_REPLY).putShort((short) 32)
                .putInt(request.xid()).putLong(datapathId).putInt(0).put((byte) 254).put((byte) 0).putShort((short) 0)
                .putInt(0x4f).putInt(0).array());
            // ECHO_REQUEST (type 2) with four bytes of data
            out.write(HexFormat.of().parseHex("0402000c0000abcd" + "cafef00d"));
            Frame frame = read(in);
            // the controller may ask more of a new switch before it answers the echo; skip what it asks
            while (frame.type() != ECHO_REPLY) {
                frame = read(in);
            }
            assertEquals(0xabcd, frame.xid());
            assertEquals("cafef00d", HexFormat.of().formatHex(frame.body()));
        }
    }

    private record Frame(int version, int type, int xid, byte[] body) {
        // one OpenFlow message
    }

    private static Frame read(final DataInputStream in) throws IOException {
        final int version = in.readUnsignedByte();
        final int type = in.readUnsignedByte();
        final int length = in.readUnsignedShort();
        final int xid = in.readInt();
        final var body = new byte[length - 8];
        in.readFully(body);
        return new Frame(version, type, xid, body);
    }
}
