/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The controller's whole pipeline on an {@link EmbeddedChannel}, played by a scripted switch: the test writes what
 * the switch sends (messages encoded with the production encoder, or raw hex) and reads what the controller sent,
 * decoded with the production decoder. Time only moves when the test says so.
 */
final class OfEmbeddedSwitch implements SwitchConnectionHandler, OfSystemListener {
    static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);
    static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);
    static final long DPID = 0x0000_0a0b_0c0d_0e0fL;

    final OfTrafficCounters providerCounters = new OfTrafficCounters();
    final List<String> logLines = new ArrayList<>();
    final List<OfMessage> unsolicited = new ArrayList<>();
    final List<OfDisconnectReason> disconnects = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final EmbeddedChannel channel;
    private final OfMessageDecoder decoder;
    /** What is left of the last buffer the controller wrote, when it held more than one message. */
    private @Nullable ByteBuf unread;
    private final OfMessageEncoder encoder;
    OfConnection connection;

    OfEmbeddedSwitch(final SwitchConnectionConfig config) {
        this(config, REGISTRY);
    }

    /** A switch whose controller (and this test side) use the given codecs, such as OpenFlow 1.0's too. */
    OfEmbeddedSwitch(final SwitchConnectionConfig config, final OfCodecRegistry registry) {
        decoder = registry == REGISTRY ? DECODER : new OfMessageDecoder(registry);
        encoder = registry == REGISTRY ? ENCODER : new OfMessageEncoder(registry);
        final var log = new OfRateLimitedLog(1000, Duration.ofSeconds(1), System::nanoTime, logLines::add);
        channel = new EmbeddedChannel();
        channel.freezeTime();
        channel.pipeline().addLast(new OfChannelInitializer(config, decoder, encoder, providerCounters, log, this,
            null));
    }

    static SwitchConnectionConfig.Builder config() {
        return SwitchConnectionConfig.builder().handshakeTimeout(Duration.ofSeconds(5))
            .idleTimeout(Duration.ofSeconds(10)).echoTimeout(Duration.ofSeconds(3))
            .requestTimeout(Duration.ofSeconds(2)).flush(1, Duration.ZERO);
    }

    @Override
    public boolean accept(final InetSocketAddress remote) {
        return true;
    }

    @Override
    public void onSwitchConnected(final OfConnection newConnection) {
        connection = newConnection;
        newConnection.setSystemListener(this);
        newConnection.setMessageListener((from, message) -> unsolicited.add(message));
    }

    @Override
    public void onHandshakeDone(final OfConnection done) {
        events.add("handshake done");
    }

    @Override
    public void onIdle(final OfConnection idle) {
        events.add("idle");
    }

    @Override
    public void onDisconnected(final OfConnection gone, final OfDisconnectReason reason) {
        disconnects.add(reason);
    }

    /** Plays the switch's side of a successful OpenFlow 1.3 handshake. */
    OfEmbeddedSwitch handshake() {
        assertInstanceOf(OfHello.class, read());
        send(OfHello.offering(1, OfVersion.OF13));
        final var request = assertInstanceOf(OfFeaturesRequest.class, read());
        send(new OfFeaturesReply(request.xid(), DPID, 256, 254, 0, OfFeaturesReply.CAPABILITY_FLOW_STATS, 0));
        return this;
    }

    void send(final OfMessage message) {
        final var buffer = ByteBufAllocator.DEFAULT.buffer();
        try {
            encoder.encode(message, buffer);
        } catch (OfCodecException e) {
            buffer.release();
            throw e;
        }
        channel.writeInbound(buffer);
        channel.runPendingTasks();
    }

    void sendHex(final String hex) {
        channel.writeInbound(ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(hex)));
        channel.runPendingTasks();
    }

    /**
     * The next message the controller sent, decoded; fails if there is none. A buffer holding several messages (a
     * {@code sendAll}) is read one message at a time.
     */
    OfMessage read() {
        channel.runPendingTasks();
        if (unread == null) {
            unread = channel.readOutbound();
            assertNotNull(unread, "the controller sent nothing");
        }
        final var written = unread;
        final ByteBuf frame = written.readRetainedSlice(written.getUnsignedShort(written.readerIndex() + 2));
        if (!written.isReadable()) {
            written.release();
            unread = null;
        }
        try {
            return assertInstanceOf(OfMessage.class, decoder.decode(frame));
        } finally {
            frame.release();
        }
    }

    /** The next bytes the controller sent, as hex, or null. */
    String readHex() {
        channel.runPendingTasks();
        final ByteBuf frame = channel.readOutbound();
        if (frame == null) {
            return null;
        }
        try {
            return ByteBufUtil.hexDump(frame);
        } finally {
            frame.release();
        }
    }

    void advance(final Duration duration) {
        channel.advanceTimeBy(duration.toNanos(), TimeUnit.NANOSECONDS);
        channel.runScheduledPendingTasks();
        channel.runPendingTasks();
    }
}
