/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import java.io.Serial;

/**
 * A multipart reply (OpenFlow 1.3.5 section 7.3.5) grew past the configured number of parts or total bytes; the
 * assembled parts are dropped and later parts with the same xid are treated as unsolicited.
 */
public final class OfMultipartLimitException extends OfConnectionException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception naming the bound that was exceeded.
     *
     * @param detail which bound, such as {@code 1025 parts > 1024}
     */
    public OfMultipartLimitException(final String detail) {
        super("multipart reply too large: " + detail);
    }
}
