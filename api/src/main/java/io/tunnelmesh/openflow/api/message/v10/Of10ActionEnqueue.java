/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * {@code OFPAT_ENQUEUE} (type 11, 16 bytes, OpenFlow 1.0.0 section 5.2.4): send the packet out of a port through one of
 * its queues.
 * <pre>
 *   +---------------+---------------+---------------+---------------+
 *   | type = 11     | len = 16      | port (16)     | pad (48) ...  |
 *   +---------------+---------------+---------------+---------------+
 *   | ... pad                       | queue_id (32)                 |
 *   +-------------------------------+-------------------------------+
 * </pre>
 *
 * @param port the output port, or {@code OFPP_IN_PORT}
 * @param queueId the queue on that port
 */
public record Of10ActionEnqueue(int port, int queueId) implements Of10Action {
    /**
     * Checks the fields fit their widths.
     *
     * @throws IllegalArgumentException if one does not
     */
    public Of10ActionEnqueue {
        OfUnsigned.check("port", port, 16);
    }
}
