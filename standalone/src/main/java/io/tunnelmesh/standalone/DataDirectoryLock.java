/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.standalone;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One controller per data directory: two datastores writing the same journal would corrupt it. The lock is an OS
 * file lock on {@value #FILE_NAME}, released by the OS when the process dies, so a crash leaves no stale lock.
 */
final class DataDirectoryLock {
    static final String FILE_NAME = ".lock";

    private DataDirectoryLock() {
        // static methods only
    }

    static FileLock acquire(final Path dataDir) throws IOException {
        final var channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        final FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another TunnelMesh controller is running with data directory " + dataDir);
        }
        return lock;
    }

    static void release(final FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            // the OS releases the lock when the process exits anyway
        }
    }
}
