/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.util.ReferenceCountUtil;
import io.tunnelmesh.simpleclient.scenario.ScenarioStep.Disconnect;
import io.tunnelmesh.simpleclient.scenario.ScenarioStep.Expect;
import io.tunnelmesh.simpleclient.scenario.ScenarioStep.ExpectDisconnect;
import io.tunnelmesh.simpleclient.scenario.ScenarioStep.ExpectNothing;
import io.tunnelmesh.simpleclient.scenario.ScenarioStep.Pause;
import io.tunnelmesh.simpleclient.scenario.ScenarioStep.Send;
import io.tunnelmesh.simpleclient.scenario.ScenarioStep.SendBytes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Plays the steps of one scenario on one connection, on the runner's thread: writes what the steps send (waiting
 * until it is written), takes what arrives from the connection's queue with the step's deadline, keeps the last
 * messages received for the failure report, and records each step's message for the steps after it.
 */
final class StepPlayer {
    /** How many of the last messages received a failure report shows. */
    static final int KEPT = 8;
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Why a step failed.
     *
     * @param expected what it expected
     * @param actual what happened instead
     */
    record Failure(String expected, String actual) {
        // Value holder
    }

    /** Something that arrived: a message (with its JSON) or the rest (undecodable frame, close). */
    private record Arrival(@Nullable ScenarioMessage message, ScenarioInbound inbound) {
        @Override
        public String toString() {
            final var json = message;
            return json != null ? json.text() : inbound.toString();
        }
    }

    private final Channel channel;
    private final BlockingQueue<ScenarioInbound> inbox;
    private final ScenarioJson json;
    private final ScenarioContext context = new ScenarioContext();
    private final ArrayDeque<String> received = new ArrayDeque<>(KEPT);
    private @Nullable Arrival closed;

    StepPlayer(final Channel channel, final BlockingQueue<ScenarioInbound> inbox, final ScenarioJson json) {
        this.channel = channel;
        this.inbox = inbox;
        this.json = json;
    }

    /**
     * The last messages received, oldest first.
     *
     * @return their JSON (or what else arrived)
     */
    List<String> received() {
        return List.copyOf(received);
    }

    /**
     * Plays a step.
     *
     * @param number its number, from 1
     * @param step the step
     * @return {@code null} if it passed
     * @throws IllegalStateException if it refers to a step without a message
     * @throws InterruptedException if interrupted while waiting
     */
    @Nullable Failure play(final int number, final ScenarioStep step) throws InterruptedException {
        return switch (step.action()) {
            case Send send -> {
                final var message = send.message().build(context);
                yield write(number, step, message, json.of(message));
            }
            case SendBytes bytes -> write(number, step, Unpooled.wrappedBuffer(bytes.bytes().toByteArray()),
                json.ofBytes(bytes.bytes()));
            case Expect expect -> expect.skipOthers() ? expectWithin(number, step, expect)
                : expectNext(number, step, expect);
            case ExpectNothing nothing -> expectNothing(nothing.time());
            case ExpectDisconnect disconnect -> expectDisconnect(disconnect.within());
            case Disconnect disconnect -> disconnect();
            case Pause pause -> {
                TimeUnit.NANOSECONDS.sleep(pause.time().toNanos());
                yield null;
            }
        };
    }

    private @Nullable Failure write(final int number, final ScenarioStep step, final Object message,
            final ScenarioMessage sent) throws InterruptedException {
        final var expected = "to send " + sent.text();
        final var done = closed;
        if (done != null) {
            // the bytes are not sent; a ByteBuf must not leak
            ReferenceCountUtil.release(message);
            return new Failure(expected, done.toString());
        }
        final var written = channel.writeAndFlush(message);
        if (!written.await(WRITE_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS)) {
            return new Failure(expected, "not written within " + ScenarioDurations.format(WRITE_TIMEOUT));
        }
        if (!written.isSuccess()) {
            return new Failure(expected, "cannot send: " + written.cause());
        }
        context.record(number, step.name(), sent);
        return null;
    }

    private @Nullable Failure expectNext(final int number, final ScenarioStep step, final Expect expect)
            throws InterruptedException {
        final var expected = expect.predicate().description() + " as the next message, within "
            + ScenarioDurations.format(expect.within());
        final var arrival = next(deadline(expect.within()));
        if (arrival == null) {
            return new Failure(expected, "nothing received within " + ScenarioDurations.format(expect.within()));
        }
        final var message = arrival.message();
        if (message == null) {
            return new Failure(expected, arrival.toString());
        }
        final var mismatch = expect.predicate().mismatch(message, context);
        if (mismatch != null) {
            return new Failure(expected, mismatch);
        }
        context.record(number, step.name(), message);
        return null;
    }

    private @Nullable Failure expectWithin(final int number, final ScenarioStep step, final Expect expect)
            throws InterruptedException {
        final var within = ScenarioDurations.format(expect.within());
        final var expected = expect.predicate().description() + " within " + within + ", others skipped";
        final long deadline = deadline(expect.within());
        int skipped = 0;
        String firstMismatch = "";
        for (var arrival = next(deadline); arrival != null; arrival = next(deadline)) {
            final var message = arrival.message();
            if (arrival == closed) {
                return new Failure(expected, arrival + skippedText(skipped, firstMismatch));
            }
            final var mismatch = message == null ? arrival.toString() : expect.predicate().mismatch(message, context);
            if (mismatch == null) {
                context.record(number, step.name(), message);
                return null;
            }
            if (skipped++ == 0) {
                firstMismatch = mismatch;
            }
        }
        return new Failure(expected, "no match within " + within + skippedText(skipped, firstMismatch));
    }

    private static String skippedText(final int skipped, final String firstMismatch) {
        return skipped == 0 ? "; nothing else received"
            : "; skipped " + skipped + " message" + (skipped == 1 ? "" : "s") + ", the first because " + firstMismatch;
    }

    private @Nullable Failure expectNothing(final Duration time) throws InterruptedException {
        final var arrival = next(deadline(time));
        return arrival == null ? null : new Failure("nothing for " + ScenarioDurations.format(time),
            "received " + arrival);
    }

    private @Nullable Failure expectDisconnect(final Duration within) throws InterruptedException {
        final long deadline = deadline(within);
        int skipped = 0;
        for (var arrival = next(deadline); arrival != null; arrival = next(deadline)) {
            if (arrival == closed) {
                return null;
            }
            skipped++;
        }
        return new Failure("the peer to close the connection within " + ScenarioDurations.format(within),
            "still connected" + (skipped == 0 ? "" : " after " + skipped + " more message" + (skipped == 1 ? ""
                : "s")));
    }

    private @Nullable Failure disconnect() throws InterruptedException {
        if (closed != null) {
            return new Failure("to close the connection", closed.toString());
        }
        channel.close().await(WRITE_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
        // what arrived before the close still counts as received; the close is ours, not the peer's
        final long deadline = deadline(WRITE_TIMEOUT);
        for (var arrival = next(deadline); arrival != null && arrival != closed; arrival = next(deadline)) {
            // drained
        }
        closed = new Arrival(null, new ScenarioInbound.Closed("closed by the scenario"));
        return null;
    }

    private static long deadline(final Duration time) {
        return System.nanoTime() + time.toNanos();
    }

    /**
     * What arrives next, waiting until a deadline; after the close, the close again.
     */
    private @Nullable Arrival next(final long deadline) throws InterruptedException {
        final var done = closed;
        if (done != null) {
            return done;
        }
        final long left = deadline - System.nanoTime();
        final var inbound = left <= 0 ? inbox.poll() : inbox.poll(left, TimeUnit.NANOSECONDS);
        if (inbound == null) {
            return null;
        }
        final var arrival = new Arrival(inbound instanceof ScenarioInbound.Received message
            ? json.of(message.message()) : null, inbound);
        if (inbound instanceof ScenarioInbound.Closed) {
            closed = arrival;
        }
        if (received.size() == KEPT) {
            received.removeFirst();
        }
        received.addLast(arrival.toString());
        return arrival;
    }
}
