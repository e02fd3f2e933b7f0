/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaks a Netty buffer. Before the class runs it checks that buffers are tracked by
 * {@link LeakRecorder}; after each test it collects garbage and fails on any leak Netty reports. Use it with
 * {@code @ExtendWith(NettyLeakDetection.class)} on every test class that touches buffers.
 */
public final class NettyLeakDetection implements BeforeAllCallback, AfterEachCallback {
    private static final int ROUNDS = 2;

    @Override
    public void beforeAll(final ExtensionContext context) {
        LeakRecorder.install();
        assertTrue(LeakRecorder.isRecordingBuffers(),
            "ByteBuf leaks are not recorded: a buffer class initialized before LeakRecorder.install()");
        // leaks of earlier classes are theirs, not this class's
        LeakRecorder.drain(ROUNDS);
    }

    @Override
    public void afterEach(final ExtensionContext context) {
        assertEquals(List.of(), LeakRecorder.drain(ROUNDS), "Netty reported leaked buffers");
    }
}
