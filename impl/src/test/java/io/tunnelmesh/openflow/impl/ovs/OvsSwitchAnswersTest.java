/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ovs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfControllerRole;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfRoleReply;
import io.tunnelmesh.openflow.api.message.OfRoleRequest;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open vSwitch as the peer: a real {@code ovs-vswitchd} (dummy datapath, in an {@link OvsSandbox}) connects to a
 * minimal controller made of nothing but a socket and this library's codecs. Everything OVS sends must decode into a
 * modelled message (no failure, no opaque fallback for a modelled type) and re-encode byte for byte; every request we
 * send must be answered as OpenFlow 1.3.5 says, and a flow we add must be what {@code ovs-ofctl dump-flows} shows.
 */
@ExtendWith(OvsSandboxExtension.class)
class OvsSwitchAnswersTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void ovsHandshakesAnswersRequestsAndHoldsOurFlow(final OvsSandbox sandbox) throws IOException {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(30_000);
            // warm the codecs before the switch connects, so our HELLO leaves within OVS's connect timeout
            final var ovsHello = HEX.parseHex("04000010000000010001000800000010");
            readMessage(new DataInputStream(new ByteArrayInputStream(ovsHello)));
            sandbox.addBridge("br0", "tcp:127.0.0.1:" + server.getLocalPort(), "OpenFlow13");
            try (var socket = server.accept()) {
                converse(sandbox, socket);
            } catch (IOException e) {
                throw new AssertionError("conversation with ovs-vswitchd failed; its log:\n" + sandbox.vswitchdLog()
                    .lines().filter(line -> line.contains("rconn") || line.contains("vconn")
                        || line.contains("connmgr")).collect(Collectors.joining("\n")), e);
            }
            final var flows = sandbox.ofctl("OpenFlow13", "dump-flows", "br0");
            assertTrue(flows.contains("cookie=0x544d000000000042") && flows.contains("priority=300,ip,in_port=1")
                && flows.contains("actions=output:2"), flows);
        }
    }

    private static void converse(final OvsSandbox sandbox, final Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        final var in = new DataInputStream(socket.getInputStream());
        final var out = socket.getOutputStream();

        // Both sides send HELLO at once (OpenFlow 1.3.5 section 6.3.1); OVS gives up on a peer whose HELLO takes
        // longer than its connect timeout (1 s on the first attempt), so ours goes out before we read anything.
        send(out, OfHello.offering(1, OfVersion.OF13));
        final var hello = assertInstanceOf(OfHello.class, readMessage(in));
        assertEquals(OfVersion.OF13, hello.version());
        send(out, OfFeaturesRequest.of(2));
        send(out, OfGetConfigRequest.of(3));
        send(out, new OfEchoRequest(OfVersion.OF13, 4, OfBytes.ofHex("0102030405")));
        send(out, new OfRoleRequest(5, OfControllerRole.MASTER, 7));
        send(out, OfFlowMod.builder().xid(6).cookie(0x544d000000000042L).priority(300)
            .match(OfMatch.builder().inPort(1).ethType(0x0800).build())
            .applyActions(new OfActionOutput(2, 0)).build());
        out.write(HEX.parseHex("04c8000800000007"));
        send(out, OfBarrierRequest.of(8));

        final var answers = readUntilBarrier(in, 8);
        final var features = single(answers, OfFeaturesReply.class);
        assertEquals(2, features.xid());
        final var dpid = sandbox.vsctl("get", "bridge", "br0", "datapath_id").strip().replace("\"", "");
        assertEquals(Long.parseUnsignedLong(dpid, 16), features.datapathId());
        assertEquals(3, single(answers, OfGetConfigReply.class).xid());
        assertEquals(new OfEchoReply(OfVersion.OF13, 4, OfBytes.ofHex("0102030405")),
            single(answers, OfEchoReply.class));
        final var role = single(answers, OfRoleReply.class);
        assertEquals(OfControllerRole.MASTER, role.role());
        final var error = single(answers, OfError.class);
        assertEquals(7, error.xid());
        assertEquals(OfErrorCode.OFPBRC_BAD_TYPE, error.error());
    }

    private static <T> T single(final List<OfMessage> messages, final Class<T> type) {
        final var found = messages.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName() + " in " + messages);
        return found.get(0);
    }

    private static List<OfMessage> readUntilBarrier(final DataInputStream in, final int xid) throws IOException {
        final var messages = new ArrayList<OfMessage>();
        while (true) {
            final var message = readMessage(in);
            if (message instanceof OfBarrierReply barrier && barrier.xid() == xid) {
                return messages;
            }
            messages.add(message);
        }
    }

    /**
     * Reads one frame, decodes it, re-encodes it and checks the bytes are the same.
     */
    private static OfMessage readMessage(final DataInputStream in) throws IOException {
        final var header = new byte[8];
        in.readFully(header);
        final int length = (header[2] & 0xff) << 8 | header[3] & 0xff;
        final var frame = new byte[length];
        System.arraycopy(header, 0, frame, 0, 8);
        in.readFully(frame, 8, length - 8);
        final var buf = Unpooled.wrappedBuffer(frame);
        final Object decoded = DECODER.decode(buf);
        final var message = assertInstanceOf(OfMessage.class, decoded, () -> "OVS sent " + HEX.formatHex(frame)
            + ", decoded as " + decoded);
        final var again = Unpooled.buffer();
        try {
            ENCODER.encode(message, again);
            final var bytes = new byte[again.readableBytes()];
            again.readBytes(bytes);
            assertEquals(HEX.formatHex(frame), HEX.formatHex(bytes), "re-encoding " + message);
        } finally {
            again.release();
        }
        return message;
    }

    private static void send(final OutputStream out, final OfMessage message) throws IOException {
        final var buf = Unpooled.buffer();
        try {
            ENCODER.encode(message, buf);
            final var bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            out.write(bytes);
            out.flush();
        } finally {
            buf.release();
        }
    }
}
