/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.emulator;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.benchmarks.overlay.OverlayConvergence;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.simpleclient.emulator.SwitchBundleAddDecoder;
import io.tunnelmesh.simpleclient.switchstate.RequestBytes;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlanner;
import io.tunnelmesh.tunnel.impl.reconciler.FlowDiff;
import io.tunnelmesh.tunnel.impl.reconciler.GroupDiff;
import io.tunnelmesh.tunnel.impl.segment.NetworkSegment;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * What the emulator's switch state costs per flow-mod and per held flow: the overlay planner's plan for one VXLAN
 * network of N nodes with P ports each (the flows {@code overlay-e2e} sends: table 0 by {@code in_port} and by
 * {@code tun_id}+{@code tun_src}, table 10 by {@code metadata}+{@code eth_dst} with set-field {@code tun_id} and
 * {@code tun_dst} and an output, the flood flows with many outputs), each node's flows as the reconciler sends them
 * (one ONF bundle: open, one add per flow-mod, commit), encoded once with the production codecs. Each round builds a
 * new fleet of switch states, one per fed node, on this one thread as an emulator's event loop does with what it
 * reads: every frame decoded as the emulator's pipeline decodes it ({@link SwitchBundleAddDecoder} in front of the
 * production {@link OfMessageDecoder}: every switch gets its own message objects, as off the wire), then handled by a
 * fresh {@link SwitchState}. The first round also warms the JIT and the
 * process-wide caches, as the first switches of a real fleet do. Reported per round: ns of this thread's CPU per
 * bundled flow-mod for decoding, for applying (the add and its share of the commit) and both, and of the whole
 * process's CPU (the collector and the JIT included, as {@code overlay-e2e} counts the nodes' JVM); after the last
 * round the heap per held flow (after a GC, fleet held minus fleet dropped) and the cost of the
 * {@code flows <cookie> <mask>} count the end-to-end benchmark polls.
 * <pre>
 *   FlowModApply [nodes, default 100] [ports per node, default 10] [rounds, default 5] [switches fed, default all]
 * </pre>
 * Fewer switches than nodes feed every k-th node's bundle (each still holds the flows of an N-node network), so that
 * N = 1,000 (11,000 flows per switch) fits in a small heap.
 */
public final class FlowModApply {
    private static final int BUNDLE = 1;
    private static final int BUNDLE_FLAGS = 3;

    private FlowModApply() {
        // a main
    }

    /**
     * Runs the measurement.
     *
     * @param args nodes, ports per node, rounds
     */
    // a benchmark reports on standard output
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) {
        final int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        final int ports = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        final int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        final int fed = args.length > 3 ? Math.min(nodes, Integer.parseInt(args[3])) : nodes;
        final var segments = new SegmentPlan(Map.of(), Map.of("net", new NetworkSegment("net", 5000L, Status.Active,
            null)));
        final OverlayPlan plan = OverlayPlanner.plan(OverlayConvergence.intent(nodes, ports), segments,
            OverlayConvergence.states(nodes, ports));
        final var encoder = new OfMessageEncoder(OpenFlowCodecs.standard());
        final var decoder = new SwitchBundleAddDecoder(new OfMessageDecoder(OpenFlowCodecs.standard()));
        final var xids = new AtomicInteger();
        final var fleet = new ArrayList<ByteBuf>();
        final var planned = List.copyOf(plan.nodes().values());
        long flowMods = 0;
        for (int i = 0; i < fed; i++) {
            final var node = planned.get((int) ((long) i * planned.size() / fed));
            // the flood groups first, as the reconciler sends them: the flood flows forward to them
            final var changes = FlowDiff.since(List.of(), node.flows())
                .withGroups(GroupDiff.since(List.of(), node.groups()));
            final List<OfMessage> mods = changes.toMessages(xids::incrementAndGet);
            final var bytes = Unpooled.buffer();
            encoder.encode(OnfBundleControl.of(xids.incrementAndGet(), BUNDLE, OnfBundleControlType.OPEN_REQUEST,
                BUNDLE_FLAGS), bytes);
            for (OfMessage mod : mods) {
                encoder.encode(OnfBundleAdd.of(BUNDLE, BUNDLE_FLAGS, mod), bytes);
            }
            encoder.encode(OnfBundleControl.of(xids.incrementAndGet(), BUNDLE, OnfBundleControlType.COMMIT_REQUEST,
                BUNDLE_FLAGS), bytes);
            fleet.add(bytes);
            flowMods += changes.flowModCount();
        }
        System.out.printf(Locale.ROOT, "%d nodes, %d ports each, %d switches fed: %d flow-mods in %d bundles (%.0f "
            + "per switch, %.0f bytes each)%n", nodes, ports, fed, flowMods, fleet.size(), (double) flowMods / fed,
            (double) fleet.stream().mapToLong(ByteBuf::readableBytes).sum() / flowMods);
        System.out.println("round  cpu ms  wall ms  ns/flow-mod: decode  apply  both  process  flows held");
        final var threads = ManagementFactory.getThreadMXBean();
        final var held = new ArrayList<SwitchState>();
        for (int round = 1; round <= rounds; round++) {
            held.clear();
            final long processStart = processCpu();
            final long wallStart = System.nanoTime();
            final var fedRound = new Fed(decoder, threads);
            final List<SwitchState> states = fedRound.feed(fleet);
            final long wall = System.nanoTime() - wallStart;
            final long process = processCpu() - processStart;
            final long flows = states.stream().mapToLong(SwitchState::flowCount).sum();
            if (flows != flowMods) {
                throw new IllegalStateException(flows + " flows held after " + flowMods + " adds");
            }
            final long cpu = fedRound.decodeCpu + fedRound.applyCpu;
            System.out.printf(Locale.ROOT, "%5d  %6.1f  %7.1f  %19.0f  %5.0f  %4.0f  %7.0f  %10d%n", round, cpu / 1e6,
                wall / 1e6, (double) fedRound.decodeCpu / flowMods, (double) fedRound.applyCpu / flowMods,
                (double) cpu / flowMods, (double) process / flowMods, flows);
            held.addAll(states);
        }
        fleet.forEach(ByteBuf::release);
        final long withFleet = usedAfterGc();
        final long polls = poll(held);
        final int heldSwitches = held.size();
        held.clear();
        final long withoutFleet = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap per held flow: %.0f bytes (%d switches, %.1f MB)%n",
            (double) (withFleet - withoutFleet) / flowMods, heldSwitches, (withFleet - withoutFleet) / 1e6);
        System.out.printf(Locale.ROOT, "flows <cookie> <mark mask> count: %.0f ns per switch%n",
            (double) polls / heldSwitches / 100);
    }

    /**
     * The whole process's CPU time: every thread, the collector's and the compilers' included.
     */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    /**
     * One round: a fresh switch state per bundle, each frame decoded then handled, the two timed apart (this
     * thread's CPU, read once per switch and phase).
     */
    private static final class Fed {
        private final SwitchBundleAddDecoder decoder;
        private final ThreadMXBean threads;
        private long decodeCpu;
        private long applyCpu;

        Fed(final SwitchBundleAddDecoder decoder, final ThreadMXBean threads) {
            this.decoder = decoder;
            this.threads = threads;
        }

        List<SwitchState> feed(final List<ByteBuf> fleet) {
            final var states = new ArrayList<SwitchState>(fleet.size());
            final var messages = new ArrayList<OfMessage>();
            for (ByteBuf bundle : fleet) {
                messages.clear();
                final long start = threads.getCurrentThreadCpuTime();
                final ByteBuf bytes = bundle.duplicate();
                while (bytes.isReadable()) {
                    final int length = bytes.getUnsignedShort(bytes.readerIndex() + 2);
                    messages.add((OfMessage) decoder.decode(bytes.readSlice(length)));
                }
                final long decoded = threads.getCurrentThreadCpuTime();
                final var state = new SwitchState(List.of(), InstantSource.system(), RequestBytes.NONE);
                List<OfMessage> answer = List.of();
                for (OfMessage message : messages) {
                    answer = state.handle(message);
                }
                final long applied = threads.getCurrentThreadCpuTime();
                decodeCpu += decoded - start;
                applyCpu += applied - decoded;
                if (answer.size() != 1 || !(answer.get(0) instanceof OnfBundleControl reply)
                        || !OnfBundleControlType.COMMIT_REPLY.equals(reply.type())) {
                    throw new IllegalStateException("the commit answered " + answer);
                }
                states.add(state);
            }
            return states;
        }
    }

    /**
     * A hundred rounds of {@code flows <cookie> <mask>} over every switch, as the end-to-end benchmark polls.
     *
     * @return nanoseconds of CPU
     */
    private static long poll(final List<SwitchState> states) {
        final var threads = ManagementFactory.getThreadMXBean();
        final long start = threads.getCurrentThreadCpuTime();
        long sum = 0;
        for (int round = 0; round < 100; round++) {
            for (SwitchState state : states) {
                sum += state.flowCount(OverlayPipeline.COOKIE_MARK, OverlayPipeline.COOKIE_MARK_MASK);
            }
        }
        if (sum == 0) {
            throw new IllegalStateException("the cookie mark counts no flow");
        }
        return threads.getCurrentThreadCpuTime() - start;
    }

    private static long usedAfterGc() {
        final var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
