/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An emulated {@code ovsdb-server} serving one {@link OvsdbEmulatedDatabase} over JSON-RPC on TCP (RFC 7047 section
 * 4) or a Unix domain socket, with the production pipeline stages of {@code io.tunnelmesh.ovsdb.impl.jsonrpc}: it
 * listens as {@code --remote=ptcp:PORT} (or {@code punix:FILE}) does, or dials a manager as
 * {@code ovs-vsctl set-manager tcp:IP:PORT} makes {@code ovsdb-server} do. Each connection gets an
 * {@link OvsdbServerSession}; locks are shared by all of them.
 */
public final class OvsdbEmulatedServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OvsdbEmulatedServer.class);
    private static final String SESSION = "ovsdb-server-session";
    /** The largest request accepted: a transaction creating thousands of ports is a few megabytes. */
    private static final int MAX_MESSAGE_BYTES = 64 << 20;

    private final OvsdbEmulatedDatabase database;
    private final EventLoopGroup group;
    private final OvsdbLockTable locks = new OvsdbLockTable();
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final List<OvsdbServerSession> sessions = new CopyOnWriteArrayList<>();

    /**
     * A server that does not listen or dial yet.
     *
     * @param database the database it serves
     * @param group the event loops of its connections
     */
    public OvsdbEmulatedServer(final OvsdbEmulatedDatabase database, final EventLoopGroup group) {
        this.database = database;
        this.group = group;
    }

    /**
     * The database served.
     *
     * @return the database
     */
    public OvsdbEmulatedDatabase database() {
        return database;
    }

    /**
     * The sessions of the connections open now.
     *
     * @return the sessions
     */
    public List<OvsdbServerSession> sessions() {
        return List.copyOf(sessions);
    }

    /**
     * Listens for clients ({@code ptcp:PORT:IP}).
     *
     * @param address where to listen; port 0 lets the kernel pick one
     * @return the address listened on
     * @throws InterruptedException if interrupted while binding
     */
    public InetSocketAddress listen(final InetSocketAddress address) throws InterruptedException {
        final var channel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(initializer())
            .bind(address).sync().channel();
        channels.add(channel);
        return (InetSocketAddress) channel.localAddress();
    }

    /**
     * Listens for clients on a Unix domain socket ({@code punix:FILE}), as {@code ovsdb-server} serves the local
     * {@code db.sock}; on Netty's NIO domain socket channel, so on the same event loops as TCP.
     *
     * @param path the socket file, which must not exist yet; closing the server removes it
     * @return the address listened on
     * @throws InterruptedException if interrupted while binding
     */
    public UnixDomainSocketAddress listen(final UnixDomainSocketAddress path) throws InterruptedException {
        final var channel = new ServerBootstrap().group(group).channel(NioServerDomainSocketChannel.class)
            .childHandler(initializer())
            .bind(path).sync().channel();
        channels.add(channel);
        return path;
    }

    /**
     * Dials a manager ({@code tcp:IP:PORT}), the passive-controller direction: the controller listens, the switch's
     * {@code ovsdb-server} connects and then serves requests over that connection.
     *
     * @param manager the manager's address
     * @return completes when connected
     */
    public CompletableFuture<Void> connect(final InetSocketAddress manager) {
        final var result = new CompletableFuture<Void>();
        new Bootstrap().group(group).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
            .handler(initializer()).connect(manager).addListener(connect -> {
                if (connect.isSuccess()) {
                    result.complete(null);
                } else {
                    result.completeExceptionally(connect.cause());
                }
            });
        return result;
    }

    private ChannelInitializer<Channel> initializer() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(final Channel channel) {
                final var endpoint = new JsonRpcEndpoint(Duration.ofSeconds(30), notification ->
                    LOG.debug("OVSDB emulator: ignoring notification {}", notification.method()));
                final var session = new OvsdbServerSession(database, locks, endpoint);
                JsonRpcPipelineStage.addStages(channel.pipeline(), MAX_MESSAGE_BYTES, endpoint);
                channel.pipeline().addBefore(JsonRpcPipelineStage.ENDPOINT.handlerName(), SESSION, session);
                channels.add(channel);
                sessions.add(session);
                channel.closeFuture().addListener(closed -> sessions.remove(session));
            }
        };
    }

    /**
     * Closes the listening socket and every connection.
     */
    @Override
    public void close() {
        channels.close().awaitUninterruptibly();
    }
}
