/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.ScheduledFuture;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfCounterSnapshot;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.connection.OfTrafficCounters;
import io.tunnelmesh.simpleclient.switchstate.SwitchPort;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One switch of a {@link SwitchFleet}: a datapath id, ports, an OpenFlow {@link SwitchState} and its connections to
 * controllers. Everything it does runs on one event loop of the fleet's shared group, which its state belongs to; the
 * methods here are safe from any thread and hand work to that loop ({@link #query}, {@link #send}, ...).
 *
 * <p>Active mode: the switch dials the controller when the fleet's pacer lets it, and after a failed dial or a lost
 * connection waits the {@link ReconnectBackoff} and queues again. Passive mode: it listens on its own port and
 * takes every controller that connects; all of them share the switch's state, each with its own role.
 */
public final class EmulatedSwitch {
    private static final long EXPIRY_PERIOD_MILLIS = 1000;

    private final FleetWiring wiring;
    private final int number;
    private final EventLoop loop;
    private final SwitchAgent agent;
    private final OfTrafficCounters counters;
    private final SwitchChannelInitializer initializer;
    private final ReconnectBackoff backoff;
    private final List<SwitchConnection> connections = new ArrayList<>();
    private volatile SwitchStatus status = SwitchStatus.STOPPED;
    private volatile @Nullable InetSocketAddress listenAddress;
    private volatile @Nullable OfVersion version;
    private volatile @Nullable OfDisconnectReason lastDisconnect;
    private volatile boolean readingPaused;
    private volatile @Nullable InetSocketAddress target;
    private boolean dialQueued;
    private @Nullable Channel server;
    private int attempts;
    private @Nullable ScheduledFuture<?> expiry;
    private @Nullable MessageGenerator generator;

    EmulatedSwitch(final FleetWiring wiring, final int number, final EventLoop loop) {
        final var config = wiring.config();
        this.wiring = wiring;
        this.number = number;
        this.loop = loop;
        this.agent = new SwitchAgent(number, config.datapathId(number), config.ports().ports(number),
            config.tables(), InstantSource.system(), wiring.requestBytes());
        this.counters = wiring.counters().newChild();
        this.initializer = new SwitchChannelInitializer(this, wiring);
        this.backoff = new ReconnectBackoff(config.reconnectMin(), config.reconnectMax());
        this.target = config.mode() instanceof FleetConfig.Active active ? active.controller() : null;
    }

    /**
     * The switch's number in its fleet.
     *
     * @return the number, 1-based
     */
    public int number() {
        return number;
    }

    /**
     * The switch's datapath id.
     *
     * @return the datapath id
     */
    public long datapathId() {
        return agent.datapathId();
    }

    /**
     * Where the switch's connection stands.
     *
     * @return the status
     */
    public SwitchStatus status() {
        return status;
    }

    /**
     * The address the switch listens on, in passive mode once listening.
     *
     * @return the address, or {@code null}
     */
    public @Nullable InetSocketAddress listenAddress() {
        return listenAddress;
    }

    /**
     * The version negotiated on the latest connection.
     *
     * @return the version, or {@code null} before any negotiation
     */
    public @Nullable OfVersion version() {
        return version;
    }

    /**
     * Why the latest connection ended.
     *
     * @return the reason, or {@code null} if none ended yet
     */
    public @Nullable OfDisconnectReason lastDisconnect() {
        return lastDisconnect;
    }

    /**
     * How many flows the switch holds.
     *
     * @return the count
     */
    public int flowCount() {
        return agent.flowCount();
    }

    /**
     * The switch's traffic counters (messages received, decoded, sent...).
     *
     * @return a snapshot
     */
    public OfCounterSnapshot counters() {
        return counters.snapshot();
    }

    /**
     * Asks something of the switch's OpenFlow state, on its event loop.
     *
     * @param <T> the answer's type
     * @param question what to ask; must not keep the state
     * @return the answer
     */
    public <T> CompletableFuture<T> query(final Function<SwitchState, T> question) {
        return call(switchAgent -> question.apply(switchAgent.state()));
    }

    /**
     * Runs something against the switch's agent on its event loop: the state, the configuration, the counts.
     *
     * @param <T> the answer's type
     * @param task what to run; must not keep the agent
     * @return the answer
     */
    // whatever the caller's function throws goes to the future, never to the event loop
    @SuppressWarnings("checkstyle:IllegalCatch")
    public <T> CompletableFuture<T> call(final Function<SwitchAgent, T> task) {
        final var result = new CompletableFuture<T>();
        execute(result, () -> {
            try {
                result.complete(task.apply(agent));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Sends a message the switch starts (a {@code PACKET_IN}, a {@code PORT_STATUS}) on every connection that speaks
     * its version and whose controller wants it (OpenFlow 1.3.5 section 7.3.10).
     *
     * @param message the message
     * @return how many connections it was written to
     */
    public CompletableFuture<Integer> send(final OfMessage message) {
        final var result = new CompletableFuture<Integer>();
        execute(result, () -> result.complete(broadcast(List.of(message))));
        return result;
    }

    /**
     * Writes {@code count} messages as fast as the connection takes them, encoded in batches straight into the
     * socket's buffers: the load generator of scale tests and benchmarks. Writing pauses while the connection is not
     * writable (the peer does not keep up) and resumes when it is.
     *
     * @param messages where the messages come from, called on the switch's event loop
     * @param count how many
     * @return completed with the count once all are written, failed if the connection ends first or a message
     *     cannot be encoded
     */
    public CompletableFuture<Long> generate(final Supplier<? extends OfMessage> messages, final long count) {
        final var result = new CompletableFuture<Long>();
        execute(result, () -> {
            final var open = connections.stream().filter(c -> c.session().version() != null).findFirst();
            if (open.isEmpty()) {
                result.completeExceptionally(new IllegalStateException("switch " + number
                    + " has no connection with a negotiated version"));
            } else if (generator != null) {
                result.completeExceptionally(new IllegalStateException("switch " + number
                    + " is already generating"));
            } else {
                final var started = new MessageGenerator(open.orElseThrow().channel(), wiring.registry(), counters,
                    messages, count, result);
                generator = started;
                result.whenComplete((written, failure) -> generator = null);
                started.run();
            }
        });
        return result;
    }

    /**
     * Stops reading from the controllers, as a switch whose CPU is stuck would: their messages (echo requests
     * included) wait in the socket buffers, and once those are full, in the controller.
     */
    public void pauseReading() {
        readingPaused = true;
        execute(new CompletableFuture<>(), () -> connections.forEach(c -> c.channel().config().setAutoRead(false)));
    }

    /**
     * Reads from the controllers again.
     */
    public void resumeReading() {
        readingPaused = false;
        execute(new CompletableFuture<>(), () -> connections.forEach(c -> c.channel().config().setAutoRead(
            c.channel().isWritable())));
    }

    /**
     * Closes the switch's connections; in active mode it dials again after its backoff.
     *
     * @return completed when they are closed
     */
    public CompletableFuture<Void> disconnect() {
        final var result = new CompletableFuture<Void>();
        execute(result, () -> {
            final var closing = connections.stream().map(c -> c.channel().close()).toList();
            if (closing.isEmpty()) {
                result.complete(null);
            }
            for (ChannelFuture future : closing) {
                future.addListener(closed -> {
                    if (closing.stream().allMatch(ChannelFuture::isDone)) {
                        result.complete(null);
                    }
                });
            }
        });
        return result;
    }

    /**
     * Points a managed switch at a controller with a datapath id, as {@code ovs-vswitchd} follows its bridge's
     * {@code controller} and {@code other_config:datapath-id} in OVSDB: when either changes, the connections close
     * and the switch dials the new target (with the new datapath id in its {@code FEATURES_REPLY}); with no target
     * it stays disconnected. The flows stay (a bridge in {@code fail_mode=secure} keeps them).
     *
     * @param controller where to dial, or {@code null} for nowhere
     * @param datapathId the datapath id
     * @return completed once the change is under way
     */
    public CompletableFuture<Void> retarget(final @Nullable InetSocketAddress controller, final long datapathId) {
        final var result = new CompletableFuture<Void>();
        execute(result, () -> {
            final boolean same = Objects.equals(controller, target) && datapathId == agent.datapathId();
            target = controller;
            agent.datapathId(datapathId);
            if (!same) {
                attempts = 0;
                connections.forEach(c -> c.channel().close());
                if (connections.isEmpty() && controller != null && !dialQueued && status != SwitchStatus.CONNECTING) {
                    dialQueued = true;
                    status = SwitchStatus.WAITING;
                    wiring.pacer().submit(this::dial);
                }
            }
            result.complete(null);
        });
        return result;
    }

    /**
     * Makes the switch's ports exactly these (interfaces joined or left its bridge), announcing each change with
     * {@code PORT_STATUS} to the controllers that want it.
     *
     * @param ports the ports
     * @return completed once they are in place
     */
    public CompletableFuture<Void> ports(final List<SwitchPort> ports) {
        final var result = new CompletableFuture<Void>();
        execute(result, () -> {
            broadcast(agent.replacePorts(ports).events());
            result.complete(null);
        });
        return result;
    }

    /**
     * Where the switch dials, if it does.
     *
     * @return the controller's address, or {@code null}
     */
    public @Nullable InetSocketAddress target() {
        return target;
    }

    @Override
    public String toString() {
        return "switch " + number + " (datapath id " + String.format("0x%016x", agent.datapathId()) + ", " + status
            + ")";
    }

    // ---- the fleet's side

    /**
     * Queues the first dial (active mode).
     */
    void start() {
        if (target == null) {
            return;
        }
        status = SwitchStatus.WAITING;
        dialQueued = true;
        wiring.pacer().submit(this::dial);
    }

    /**
     * Listens (passive mode).
     *
     * @return the address listened on
     */
    CompletableFuture<InetSocketAddress> listen() {
        final var passive = (FleetConfig.Passive) wiring.config().mode();
        final var result = new CompletableFuture<InetSocketAddress>();
        final var bound = new ServerBootstrap().group(loop).channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(initializer)
            .bind(passive.address(), passive.port(number));
        bound.addListener(done -> {
            if (done.isSuccess()) {
                final var address = (InetSocketAddress) bound.channel().localAddress();
                server = bound.channel();
                listenAddress = address;
                if (!status.isConnected()) {
                    status = SwitchStatus.LISTENING;
                }
                result.complete(address);
            } else {
                result.completeExceptionally(new IllegalStateException(this + " cannot listen on "
                    + passive.address().getHostAddress() + ":" + passive.port(number) + ": " + done.cause(),
                    done.cause()));
            }
        });
        return result;
    }

    private void dial() {
        execute(new CompletableFuture<>(), () -> {
            dialQueued = false;
            final var controller = target;
            if (wiring.isStopping() || controller == null || !connections.isEmpty()) {
                return;
            }
            wiring.connectAttempts().increment();
            status = SwitchStatus.CONNECTING;
            wiring.client().clone(loop).handler(initializer).connect(controller).addListener(done -> {
                if (!done.isSuccess()) {
                    wiring.connectFailures().increment();
                    lastDisconnect = new OfDisconnectReason(OfDisconnectReason.Cause.EXCEPTION, "cannot connect to "
                        + controller + ": " + done.cause());
                    retry();
                }
            });
        });
    }

    private void retry() {
        if (wiring.isStopping() || wiring.config().mode() instanceof FleetConfig.Passive || target == null
                || dialQueued) {
            if (target == null && status != SwitchStatus.STOPPED) {
                status = SwitchStatus.WAITING;
            }
            return;
        }
        attempts++;
        status = SwitchStatus.WAITING;
        dialQueued = true;
        final long delay = backoff.delay(attempts, ThreadLocalRandom.current().nextDouble()).toNanos();
        try {
            loop.schedule(() -> wiring.pacer().submit(this::dial), delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the fleet's loops are shutting down: nothing to dial for
            status = SwitchStatus.STOPPED;
        }
    }

    private void execute(final CompletableFuture<?> result, final Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the fleet of " + this + " is stopped", e));
        }
    }

    /**
     * Marks the fleet's end for this switch.
     */
    void stopped() {
        status = SwitchStatus.STOPPED;
    }

    // ---- the pipeline's side, on the switch's event loop

    SwitchAgent agent() {
        return agent;
    }

    OfTrafficCounters trafficCounters() {
        return counters;
    }

    boolean isDatagram() {
        return wiring.isDatagram();
    }

    boolean isReadingPaused() {
        return readingPaused;
    }

    SwitchConnection newConnection(final Channel channel) {
        return new SwitchConnection(channel, new SwitchSession());
    }

    void connected(final SwitchConnection connection) {
        if (wiring.config().mode() instanceof FleetConfig.Managed
                && !Objects.equals(connection.channel().remoteAddress(), target)) {
            // dialed before the target changed: the bridge no longer wants this controller
            connection.channel().close();
        }
        connections.add(connection);
        agent.open(connection.session());
        updateStatus();
    }

    void negotiated(final SwitchConnection connection, final OfVersion negotiated) {
        connection.session().negotiated(negotiated);
        version = negotiated;
    }

    void handshaken(final SwitchConnection connection) {
        if (connection.isHandshaken()) {
            return;
        }
        connection.handshaken();
        attempts = 0;
        updateStatus();
    }

    /**
     * Expires flows every second while the switch holds any: an idle switch of a large fleet costs no timer.
     */
    void flowsChanged() {
        if (expiry == null && agent.flowCount() > 0) {
            expiry = loop.scheduleAtFixedRate(this::expire, EXPIRY_PERIOD_MILLIS, EXPIRY_PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
        }
    }

    private void expire() {
        broadcast(agent.expire().events());
        final var timer = expiry;
        if (agent.flowCount() == 0 && timer != null) {
            timer.cancel(false);
            expiry = null;
        }
    }

    void disconnected(final SwitchConnection connection, final OfDisconnectReason reason) {
        if (!connections.remove(connection)) {
            return;
        }
        agent.close(connection.session());
        wiring.disconnects().increment();
        lastDisconnect = reason;
        final var running = generator;
        if (running != null && running.channel() == connection.channel()) {
            running.fail(reason);
        }
        updateStatus();
        if (connections.isEmpty()) {
            retry();
        }
    }

    void writabilityChanged(final SwitchConnection connection) {
        final var channel = connection.channel();
        if (!channel.isWritable()) {
            channel.config().setAutoRead(false);
            return;
        }
        channel.config().setAutoRead(!readingPaused);
        final var running = generator;
        if (running != null && running.channel() == channel) {
            running.run();
        }
    }

    /**
     * Writes events to every connection that wants them.
     *
     * @return how many connections got at least one
     */
    int broadcast(final List<OfMessage> events) {
        if (events.isEmpty()) {
            return 0;
        }
        int reached = 0;
        for (SwitchConnection connection : connections) {
            boolean written = false;
            for (OfMessage event : events) {
                written |= connection.offer(event);
            }
            if (written) {
                connection.channel().flush();
                reached++;
            }
        }
        return reached;
    }

    private void updateStatus() {
        if (connections.stream().anyMatch(SwitchConnection::isHandshaken)) {
            status = SwitchStatus.HANDSHAKEN;
        } else if (!connections.isEmpty()) {
            status = SwitchStatus.CONNECTED;
        } else if (server != null) {
            status = SwitchStatus.LISTENING;
        } else if (status.isConnected()) {
            status = SwitchStatus.WAITING;
        }
    }
}
