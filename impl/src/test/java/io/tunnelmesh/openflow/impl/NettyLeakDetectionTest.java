/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The leak check itself can fail: a buffer dropped without release is reported, and tests run at level PARANOID.
 */
class NettyLeakDetectionTest {
    @Test
    void testsRunWithParanoidLeakDetection() {
        assertEquals(ResourceLeakDetector.Level.PARANOID, ResourceLeakDetector.getLevel());
        assertTrue(LeakRecorder.isRecordingBuffers());
    }

    @Test
    void droppedBufferIsReportedAsLeak() {
        LeakRecorder.drain(1);
        leakOneBuffer();
        final var leaks = new ArrayList<String>();
        // collection and reference enqueueing are asynchronous: poll a bounded number of rounds
        for (int round = 0; round < 50 && leaks.isEmpty(); round++) {
            leaks.addAll(LeakRecorder.drain(1));
        }
        assertFalse(leaks.isEmpty(), "an unreleased buffer must be reported");
        assertTrue(leaks.get(0).startsWith("ByteBuf leaked"), leaks.get(0));
        assertEquals(List.of(), LeakRecorder.drain(1));
    }

    private static void leakOneBuffer() {
        // a distinct content so Netty does not deduplicate this report with an earlier identical one
        ByteBufAllocator.DEFAULT.buffer(16).writeLong(System.nanoTime());
    }
}
