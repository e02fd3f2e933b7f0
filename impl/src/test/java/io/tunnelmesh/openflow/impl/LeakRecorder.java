/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl;

import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Makes Netty's leak reports something a test can fail on. Netty only logs a leak, when it notices that a tracked
 * buffer was garbage-collected unreleased; this installs a leak detector factory whose detectors record each report,
 * at level {@code PARANOID} (every buffer tracked). It must be installed before the first buffer class initializes,
 * which {@link NettyLeakSessionListener} does at the start of the test run.
 */
public final class LeakRecorder {
    private static final Queue<String> LEAKS = new ConcurrentLinkedQueue<>();
    private static final Set<String> TRACKED_TYPES = ConcurrentHashMap.newKeySet();

    private LeakRecorder() {
        // Hidden on purpose
    }

    /**
     * Installs the recording factory and the paranoid level. Idempotent.
     */
    public static synchronized void install() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        if (!(ResourceLeakDetectorFactory.instance() instanceof RecordingFactory)) {
            ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
        }
    }

    /**
     * Whether buffers are tracked by a recording detector: false if a buffer class initialized before
     * {@link #install()}.
     *
     * @return true if leaks of {@code ByteBuf} will be recorded
     */
    public static boolean isRecordingBuffers() {
        // the first allocation initializes AbstractByteBuf, whose static detector comes from the factory
        ByteBufAllocator.DEFAULT.buffer(1).release();
        return TRACKED_TYPES.contains("ByteBuf");
    }

    /**
     * Collects garbage, makes the detectors look at what was collected, and returns the leaks reported since the
     * last call.
     *
     * @param rounds how many collect-and-poll rounds to run; more rounds catch leaks collected late
     * @return the leak reports, empty if none
     */
    public static List<String> drain(final int rounds) {
        for (int i = 0; i < rounds; i++) {
            System.gc();
            // in PARANOID mode every tracked allocation polls the detector's reference queue and reports leaks
            ByteBufAllocator.DEFAULT.buffer(1).release();
            ByteBufAllocator.DEFAULT.directBuffer(1).release();
        }
        final var result = new ArrayList<String>();
        for (var leak = LEAKS.poll(); leak != null; leak = LEAKS.poll()) {
            result.add(leak);
        }
        return result;
    }

    private static final class RecordingFactory extends ResourceLeakDetectorFactory {
        // Netty deprecates this variant but keeps it abstract, so it must be implemented
        @Override
        @SuppressWarnings("deprecation")
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(final Class<T> resource, final int samplingInterval,
                final long maxActive) {
            return newResourceLeakDetector(resource, samplingInterval);
        }

        @Override
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(final Class<T> resource,
                final int samplingInterval) {
            TRACKED_TYPES.add(resource.getSimpleName());
            return new RecordingDetector<>(resource, samplingInterval);
        }
    }

    private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {
        RecordingDetector(final Class<T> resource, final int samplingInterval) {
            super(resource, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            return true;
        }

        @Override
        protected void reportTracedLeak(final String resourceType, final String records) {
            LEAKS.add(resourceType + " leaked:" + records);
            super.reportTracedLeak(resourceType, records);
        }

        @Override
        protected void reportUntracedLeak(final String resourceType) {
            LEAKS.add(resourceType + " leaked (no access records)");
            super.reportUntracedLeak(resourceType);
        }
    }
}
