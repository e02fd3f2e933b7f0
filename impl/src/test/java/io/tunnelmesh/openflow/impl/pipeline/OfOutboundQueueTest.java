/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.EncoderException;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfConnectionClosedException;
import io.tunnelmesh.openflow.api.connection.OfQueueFullException;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbound queue: flushes batched by count and by time, fail-fast back-pressure when the peer does not read,
 * pending messages failed on close, and bounded memory for a switch that never reads, over a real loopback socket.
 */
@ExtendWith(NettyLeakDetection.class)
class OfOutboundQueueTest {
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(
        V13Codecs.addTo(OfCodecRegistry.builder()).build());

    /** Counts flushes reaching the channel. */
    private static final class FlushCounter extends ChannelOutboundHandlerAdapter {
        int flushes;

        @Override
        public void flush(final ChannelHandlerContext ctx) {
            flushes++;
            ctx.flush();
        }
    }

    private static void drainOutbound(final EmbeddedChannel channel, final int expected) {
        for (int i = 0; i < expected; i++) {
            final ByteBuf buffer = channel.readOutbound();
            assertNotNull(buffer, "message " + i + " was not written");
            buffer.release();
        }
        assertNull(channel.readOutbound());
    }

    private static Throwable failure(final CompletableFuture<?> future) {
        assertTrue(future.isCompletedExceptionally());
        try {
            future.join();
            throw new AssertionError("not failed");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    @Test
    void flushesAfterCountThenAfterDelay() {
        final var counter = new FlushCounter();
        final var queue = new OfOutboundQueue(100, 3, Duration.ofMillis(1));
        final var channel = new EmbeddedChannel(counter, ENCODER, queue);
        channel.freezeTime();
        final var futures = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < 7; i++) {
            futures.add(queue.enqueue(OfBarrierRequest.of(i)));
        }
        channel.runPendingTasks();
        assertEquals(2, counter.flushes, "two batches of three");
        drainOutbound(channel, 6);
        assertTrue(futures.subList(0, 6).stream().allMatch(CompletableFuture::isDone));
        assertFalse(futures.get(6).isDone(), "the seventh waits for the flush timer");
        channel.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        assertEquals(3, counter.flushes);
        drainOutbound(channel, 1);
        assertTrue(futures.get(6).isDone());
        assertFalse(channel.finish());
    }

    @Test
    void fullQueueFailsFastAndDrainsWhenWritableAgain() {
        final var queue = new OfOutboundQueue(2, 1, Duration.ZERO);
        final var channel = new EmbeddedChannel(ENCODER, queue);
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        final var first = queue.enqueue(OfBarrierRequest.of(1));
        final var second = queue.enqueue(OfBarrierRequest.of(2));
        final var third = queue.enqueue(OfBarrierRequest.of(3));
        final var full = assertInstanceOf(OfQueueFullException.class, failure(third));
        assertEquals("outbound queue full: 2 messages wait for the switch to read", full.getMessage());
        channel.runPendingTasks();
        assertEquals(2, queue.size());
        assertFalse(first.isDone());
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        channel.runPendingTasks();
        assertEquals(0, queue.size());
        assertTrue(first.isDone() && second.isDone());
        drainOutbound(channel, 2);
        assertFalse(channel.finish());
    }

    @Test
    void closeFailsPendingMessages() {
        final var queue = new OfOutboundQueue(10, 1, Duration.ZERO);
        final var channel = new EmbeddedChannel(ENCODER, queue);
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        final var pending = queue.enqueue(OfBarrierRequest.of(5));
        channel.runPendingTasks();
        channel.close();
        final var closed = assertInstanceOf(OfConnectionClosedException.class, failure(pending));
        assertEquals("connection closed before OfBarrierRequest xid 5 was written", closed.getMessage());
        assertInstanceOf(OfConnectionClosedException.class, failure(queue.enqueue(OfBarrierRequest.of(6))));
        assertFalse(channel.finish());
    }

    @Test
    void batchIsOneWriteOfItsMessagesInOrder() {
        final var counter = new FlushCounter();
        final var queue = new OfOutboundQueue(100, 64, Duration.ofMillis(1));
        final var channel = new EmbeddedChannel(counter, ENCODER, queue);
        final var messages = new ArrayList<OfMessage>();
        final var expected = Unpooled.buffer();
        for (int i = 1; i <= 70; i++) {
            final OfMessage message = i % 2 == 0 ? OfBarrierRequest.of(i) : OfFlowMod.builder().xid(i).table(i % 7)
                .match(OfMatch.ALL).applyActions(OfActionOutput.to(i)).build();
            messages.add(message);
            ENCODER.encode(message, expected);
        }
        final var written = queue.enqueueAll(messages);
        channel.runPendingTasks();
        assertEquals(1, counter.flushes, "70 messages are more than a flush's 64: flushed at once");
        final ByteBuf buffer = channel.readOutbound();
        try {
            assertEquals(ByteBufUtil.hexDump(expected), ByteBufUtil.hexDump(buffer), "one buffer, every message");
        } finally {
            buffer.release();
            expected.release();
        }
        assertNull(channel.readOutbound());
        assertTrue(written.isDone() && !written.isCompletedExceptionally());
        assertEquals(0, queue.size());
        assertFalse(channel.finish());
    }

    @Test
    void batchWithAMessageThatCannotBeEncodedWritesNone() {
        final var queue = new OfOutboundQueue(100, 1, Duration.ZERO);
        final var channel = new EmbeddedChannel(ENCODER, queue);
        // the registry has no OpenFlow 1.0 codecs
        final var written = queue.enqueueAll(List.of(OfBarrierRequest.of(1), new OfBarrierRequest(OfVersion.OF10, 2),
            OfBarrierRequest.of(3)));
        channel.runPendingTasks();
        final var failure = assertInstanceOf(EncoderException.class, failure(written));
        assertEquals("message 2 of 3 in a batch, OfBarrierRequest xid 2, cannot be encoded: none of the batch is "
            + "written", failure.getMessage());
        assertNull(channel.readOutbound(), "nothing of the batch");
        // the queue goes on
        final var next = queue.enqueue(OfBarrierRequest.of(4));
        channel.runPendingTasks();
        assertTrue(next.isDone() && !next.isCompletedExceptionally());
        drainOutbound(channel, 1);
        assertFalse(channel.finish());
    }

    @Test
    void everyMessageOfABatchCountsAgainstTheCapacity() {
        final var queue = new OfOutboundQueue(4, 1, Duration.ZERO);
        final var channel = new EmbeddedChannel(ENCODER, queue);
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        final var five = List.<OfMessage>of(OfBarrierRequest.of(1), OfBarrierRequest.of(2), OfBarrierRequest.of(3),
            OfBarrierRequest.of(4), OfBarrierRequest.of(5));
        assertInstanceOf(OfQueueFullException.class, failure(queue.enqueueAll(five)));
        assertEquals(0, queue.size(), "a refused batch takes no room");
        final var three = queue.enqueueAll(five.subList(0, 3));
        assertEquals(3, queue.size());
        final var fourth = queue.enqueue(OfBarrierRequest.of(6));
        assertInstanceOf(OfQueueFullException.class, failure(queue.enqueue(OfBarrierRequest.of(7))));
        channel.close();
        final var closed = assertInstanceOf(OfConnectionClosedException.class, failure(three));
        assertEquals("connection closed before 3 messages from OfBarrierRequest xid 1 was written",
            closed.getMessage());
        assertInstanceOf(OfConnectionClosedException.class, failure(fourth));
        assertEquals(0, queue.size());
        assertFalse(channel.finish());
    }

    @Test
    void switchThatNeverReadsCostsBoundedMemory() throws Exception {
        final int capacity = 64;
        final int flushMessages = 16;
        final var watermark = new WriteBufferWaterMark(8 * 1024, 16 * 1024);
        final var group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (var server = new ServerSocket()) {
            server.setReceiveBufferSize(4096);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            final var queue = new OfOutboundQueue(capacity, flushMessages, Duration.ZERO);
            final var channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.SO_SNDBUF, 4096).option(ChannelOption.WRITE_BUFFER_WATER_MARK, watermark)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(final SocketChannel ch) {
                        ch.pipeline().addLast(ENCODER, queue);
                    }
                }).connect(server.getLocalSocketAddress()).sync().channel();
            try (Socket neverRead = server.accept()) {
                final var flowMod = OfFlowMod.builder().match(OfMatch.builder().inPort(1).build())
                    .applyActions(OfActionOutput.to(2)).build();
                // offer until the queue refuses while the channel is unwritable: the peer's window, the kernel
                // buffers and Netty's high water mark are all full
                Throwable refused = null;
                final var accepted = new ArrayList<CompletableFuture<Void>>();
                for (int i = 0; i < 1_000_000 && refused == null; i++) {
                    final var offered = queue.enqueue(flowMod);
                    if (!offered.isCompletedExceptionally()) {
                        accepted.add(offered);
                    } else {
                        final boolean writable = channel.eventLoop().submit(channel::isWritable)
                            .get(10, TimeUnit.SECONDS);
                        if (!writable) {
                            refused = failure(offered);
                        }
                    }
                }
                assertInstanceOf(OfQueueFullException.class, refused);
                final long pendingBytes = channel.eventLoop().submit(() ->
                    channel.unsafe().outboundBuffer().totalPendingWriteBytes()).get(10, TimeUnit.SECONDS);
                assertTrue(pendingBytes <= watermark.high() + flushMessages * 128L,
                    "Netty holds " + pendingBytes + " bytes");
                assertTrue(queue.size() <= capacity, "the queue holds what it may, no more: " + queue.size());
                // the channel was unwritable when the queue refused (checked on the event loop above); asking again
                // here would race with the kernel taking more bytes into its socket buffers
                channel.close().sync();
                // every accepted message ends: written, or failed when the channel went inactive
                CompletableFuture.allOf(accepted.toArray(CompletableFuture[]::new)).handle((ok, cause) -> null)
                    .get(10, TimeUnit.SECONDS);
                assertEquals(0, queue.size(), "pending messages failed on close");
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }
}
