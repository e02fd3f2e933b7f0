/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.emulator;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.ReferenceCountUtil;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * How many small OpenFlow messages one emulator thread produces: a fleet on one event loop thread, its switches
 * connected over loopback to a null sink (a server on its own thread that says HELLO and then discards every byte),
 * each switch generating messages with {@code EmulatedSwitch.generate} (the production encoder, batched writes).
 * Reports messages per second of wall time and per second of the emulator thread's CPU time, after a warm-up, and
 * checks the sink received every byte.
 * <pre>
 *   EmulatorThroughput [echo|packet-in] [messages per switch, default 20,000,000] [switches, default 1]
 * </pre>
 */
public final class EmulatorThroughput {
    private static final int WARMUP = 2_000_000;
    private static final int PACKET_LENGTH = 64;

    private EmulatorThroughput() {
        // a main
    }

    /**
     * Runs the measurement.
     *
     * @param args kind, messages per switch, switches
     * @throws Exception if the run fails
     */
    // a benchmark reports on standard output
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) throws Exception {
        final String kind = args.length > 0 ? args[0] : "echo";
        final long perSwitch = args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L;
        final int switches = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        final Supplier<Supplier<OfMessage>> source = switch (kind) {
            case "echo" -> () -> new Supplier<>() {
                private int xid;

                @Override
                public OfMessage get() {
                    return OfEchoRequest.of(++xid);
                }
            };
            case "packet-in" -> {
                final var data = OfBytes.copyOf(new byte[PACKET_LENGTH]);
                final var match = OfMatch.builder().inPort(1).build();
                yield () -> new Supplier<>() {
                    private int xid;

                    @Override
                    public OfMessage get() {
                        return new OfPacketIn(++xid, OfPacketIn.NO_BUFFER, PACKET_LENGTH, 0, 0, 0, match, data);
                    }
                };
            }
            default -> throw new IllegalArgumentException("kind is echo or packet-in, not " + kind);
        };
        final int size = encodedSize(source.get().get());
        final var sinkGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        final var received = new LongAdder();
        final Channel sink = new ServerBootstrap().group(sinkGroup).channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<>() {
                @Override
                protected void initChannel(final Channel channel) {
                    channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                        @Override
                        public void channelActive(final ChannelHandlerContext ctx) {
                            final ByteBuf hello = ctx.alloc().buffer();
                            OpenFlowCodecs.standard().encode(OfHello.offering(1, OfVersion.OF13), hello);
                            ctx.writeAndFlush(hello);
                        }

                        @Override
                        public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
                            received.add(((ByteBuf) msg).readableBytes());
                            ReferenceCountUtil.release(msg);
                        }
                    });
                }
            }).bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
        final var fleet = SwitchFleet.start(FleetConfig.builder().switches(switches).threads(1)
            .controller((InetSocketAddress) sink.localAddress()).echo(Duration.ofMinutes(10), Duration.ofSeconds(5))
            .build());
        try {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (fleet.switches().stream().anyMatch(s -> s.version() == null)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("switches did not negotiate with the sink: " + fleet.counters());
                }
                TimeUnit.MILLISECONDS.sleep(10);
            }
            final var emulatorThread = ManagementFactory.getThreadMXBean();
            final long threadId = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(fleet.threadPoolName())).findFirst().orElseThrow()
                .threadId();
            run(fleet, source, WARMUP / switches);
            final long bytesBefore = received.sum();
            final long cpuBefore = emulatorThread.getThreadCpuTime(threadId);
            final long start = System.nanoTime();
            run(fleet, source, perSwitch);
            final long wall = System.nanoTime() - start;
            final long cpu = emulatorThread.getThreadCpuTime(threadId) - cpuBefore;
            final long total = perSwitch * switches;
            final long expectedBytes = bytesBefore + total * size;
            final long sinkDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.sum() < expectedBytes && System.nanoTime() < sinkDeadline) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
            System.out.printf(Locale.ROOT, "%s (%d bytes) x %,d from %d switch(es) on one emulator thread:%n"
                + "  %.2f s wall, %,.0f messages/s; emulator thread CPU %.2f s, %,.0f messages per CPU-second;"
                + " sink got %s%n", kind, size, total, switches, wall / 1e9, total * 1e9 / wall, cpu / 1e9,
                total * 1e9 / cpu, received.sum() >= expectedBytes ? "every byte" : "only "
                    + (received.sum() - bytesBefore) + " of " + total * size + " bytes");
        } finally {
            fleet.stop().get(10, TimeUnit.SECONDS);
            sink.close().sync();
            sinkGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    private static void run(final SwitchFleet fleet, final Supplier<Supplier<OfMessage>> source, final long count)
            throws Exception {
        final var running = new ArrayList<CompletableFuture<Long>>();
        fleet.switches().forEach(emulated -> running.add(emulated.generate(source.get(), count)));
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
    }

    private static int encodedSize(final OfMessage message) {
        final var buffer = Unpooled.buffer();
        try {
            OpenFlowCodecs.standard().encode(message, buffer);
            return buffer.readableBytes();
        } finally {
            buffer.release();
        }
    }
}
