/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.connection.OfConnectionClosedException;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.connection.OfTrafficCounters;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Writes a given number of messages to one connection as fast as it takes them: messages are encoded with the
 * production codecs straight into batch buffers of about {@value #BATCH_BYTES} bytes, each written and flushed as
 * one, while the channel is writable; when it is not (the peer does not keep up) the generator waits for the
 * switch to call {@link #run()} again on writability. One pooled buffer per batch instead of one per message is what
 * lets one event loop thread produce millions of small messages per second.
 * <pre>
 *   run(): while writable and messages left: encode into batch until BATCH_BYTES --&gt; writeAndFlush(batch)
 *          all written: the last write's completion completes the future with the count
 * </pre>
 * Runs on the switch's event loop only.
 */
final class MessageGenerator {
    /** The size a batch grows to before it is written. */
    static final int BATCH_BYTES = 16 * 1024;

    private final Channel channel;
    private final OfCodecRegistry registry;
    private final OfTrafficCounters counters;
    private final Supplier<? extends OfMessage> messages;
    private final CompletableFuture<Long> result;
    private final long count;
    private long remaining;

    MessageGenerator(final Channel channel, final OfCodecRegistry registry, final OfTrafficCounters counters,
            final Supplier<? extends OfMessage> messages, final long count, final CompletableFuture<Long> result) {
        this.channel = channel;
        this.registry = registry;
        this.counters = counters;
        this.messages = messages;
        this.count = count;
        this.remaining = count;
        this.result = result;
    }

    Channel channel() {
        return channel;
    }

    /**
     * Writes batches while the channel is writable.
     */
    void run() {
        if (result.isDone()) {
            return;
        }
        if (count == 0) {
            result.complete(0L);
            return;
        }
        while (remaining > 0 && channel.isWritable()) {
            final ByteBuf batch = channel.alloc().ioBuffer(BATCH_BYTES);
            try {
                while (remaining > 0 && batch.readableBytes() < BATCH_BYTES) {
                    registry.encode(messages.get(), batch);
                    counters.encoded();
                    remaining--;
                }
            } catch (OfCodecException e) {
                batch.release();
                result.completeExceptionally(e);
                return;
            }
            final var written = channel.writeAndFlush(batch);
            if (remaining == 0) {
                written.addListener(done -> {
                    if (done.isSuccess()) {
                        result.complete(count);
                    } else {
                        result.completeExceptionally(done.cause());
                    }
                });
            }
        }
    }

    /**
     * Fails the generation: its connection ended.
     *
     * @param reason why
     */
    void fail(final OfDisconnectReason reason) {
        result.completeExceptionally(new OfConnectionClosedException("the connection ended after "
            + (count - remaining) + " of " + count + " messages: " + reason));
    }
}
