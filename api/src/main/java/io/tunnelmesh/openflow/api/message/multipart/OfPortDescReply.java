/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.message.OfPortDesc;
import java.util.List;

/**
 * The {@code OFPMP_PORT_DESC} reply (OpenFlow 1.3.5 section 7.3.5.7): an array of {@code ofp_port}, one per port (64
 * bytes each).
 * <pre>
 *   | ofp_port | ofp_port | ... |
 * </pre>
 *
 * @param ports the entries, in wire order
 */
public record OfPortDescReply(List<OfPortDesc> ports) implements OfMultipartReplyBody {
    /**
     * Copies the entries.
     */
    public OfPortDescReply {
        ports = List.copyOf(ports);
    }

    /**
     * A reply of the given entries.
     *
     * @param ports the entries
     * @return the reply
     */
    public static OfPortDescReply of(final OfPortDesc... ports) {
        return new OfPortDescReply(List.of(ports));
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.PORT_DESC;
    }
}
