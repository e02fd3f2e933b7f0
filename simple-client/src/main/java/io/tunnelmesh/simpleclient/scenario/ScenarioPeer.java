/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.openflow.impl.pipeline.OfPipelineStage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The network side of a scenario: one TCP connection, dialed or accepted, whose pipeline is the production codec
 * stages ({@link OfPipelineStage#addCodecStages}: {@code OfFrameDecoder}, {@code OfMessageDecoder},
 * {@code OfMessageEncoder}) and a stage that queues what arrives ({@link ScenarioInboundHandler}). Nothing else
 * answers the peer: no handshake, no echo (unless asked), no error for an undecodable frame; the steps do all of it.
 * A listening peer plays against the first connection and closes any later one. One event loop thread, gone after
 * {@link #close}.
 * <pre>
 *   try (ScenarioPeer peer = ScenarioPeer.open(new ScenarioEndpoint.Listen(address))) {
 *       startSwitchDialing(peer.localAddress());
 *       ScenarioResult result = new ScenarioRunner().run(scenario, peer);
 *   }
 * </pre>
 */
public final class ScenarioPeer implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final BlockingQueue<ScenarioInbound> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<Channel> active = new CompletableFuture<>();
    private final AtomicBoolean answerEchoes = new AtomicBoolean();
    private final AtomicBoolean taken = new AtomicBoolean();
    private final ScenarioEndpoint endpoint;
    private final OfMessageDecoder decoder;
    private final OfMessageEncoder encoder;
    private @Nullable Channel server;

    private ScenarioPeer(final ScenarioEndpoint endpoint, final OfCodecRegistry registry) {
        this.endpoint = endpoint;
        decoder = new OfMessageDecoder(registry);
        encoder = new OfMessageEncoder(registry);
    }

    /**
     * A peer with the standard codecs ({@code OpenFlowCodecs.standard()}); a listening one listens at once.
     *
     * @param endpoint dial or listen
     * @return the peer
     * @throws IOException if it cannot listen
     */
    public static ScenarioPeer open(final ScenarioEndpoint endpoint) throws IOException {
        return open(endpoint, OpenFlowCodecs.standard());
    }

    /**
     * A peer; a listening one listens at once.
     *
     * @param endpoint dial or listen
     * @param registry the codecs
     * @return the peer
     * @throws IOException if it cannot listen
     */
    public static ScenarioPeer open(final ScenarioEndpoint endpoint, final OfCodecRegistry registry)
            throws IOException {
        final var peer = new ScenarioPeer(endpoint, registry);
        if (endpoint instanceof ScenarioEndpoint.Listen listen) {
            final var bound = new ServerBootstrap().group(peer.group).channel(NioServerSocketChannel.class)
                .childHandler(peer.initializer()).bind(listen.address()).awaitUninterruptibly();
            if (!bound.isSuccess()) {
                peer.close();
                throw new IOException("cannot listen on " + listen.address() + ": " + bound.cause().getMessage(),
                    bound.cause());
            }
            peer.server = bound.channel();
        }
        return peer;
    }

    /**
     * The address a listening peer listens on (its port, when it asked for port 0), or the address a dialing peer
     * dials.
     *
     * @return the address
     */
    public InetSocketAddress localAddress() {
        final var bound = server;
        return bound != null ? (InetSocketAddress) bound.localAddress() : endpoint.address();
    }

    /**
     * The endpoint.
     *
     * @return how the connection comes
     */
    public ScenarioEndpoint endpoint() {
        return endpoint;
    }

    private ChannelInitializer<Channel> initializer() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(final Channel channel) {
                if (!taken.compareAndSet(false, true)) {
                    // a scenario plays against one peer; later ones are turned away
                    channel.close();
                    return;
                }
                OfPipelineStage.addCodecStages(channel.pipeline(), decoder, encoder);
                channel.pipeline().addLast("scenario", new ScenarioInboundHandler(inbox, active, answerEchoes));
            }
        };
    }

    /**
     * Dials, or waits for the peer to connect.
     *
     * @param timeout how long to wait
     * @return the connection
     * @throws IOException if there is none within the time
     * @throws InterruptedException if interrupted while waiting
     */
    Channel connect(final Duration timeout) throws IOException, InterruptedException {
        if (endpoint instanceof ScenarioEndpoint.Dial dial) {
            final var connecting = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .handler(initializer()).connect(dial.address());
            connecting.await();
            if (!connecting.isSuccess()) {
                throw new IOException("cannot connect to " + dial.address() + ": "
                    + connecting.cause().getMessage(), connecting.cause());
            }
        }
        try {
            return active.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no peer connected to " + localAddress() + " within "
                + ScenarioDurations.format(timeout), e);
        } catch (ExecutionException e) {
            throw new IOException("cannot connect: " + e.getCause(), e);
        }
    }

    BlockingQueue<ScenarioInbound> inbox() {
        return inbox;
    }

    void answerEchoes(final boolean value) {
        answerEchoes.set(value);
    }

    /**
     * Closes the connection and the listening socket, and stops the thread.
     */
    @Override
    public void close() {
        final var bound = server;
        if (bound != null) {
            bound.close().syncUninterruptibly();
        }
        active.thenAccept(Channel::close);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
