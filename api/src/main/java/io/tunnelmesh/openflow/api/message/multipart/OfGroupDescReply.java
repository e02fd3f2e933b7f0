/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import java.util.List;

/**
 * The {@code OFPMP_GROUP_DESC} reply (OpenFlow 1.3.5 section 7.3.5.10): an array of {@code ofp_group_desc}, one per
 * group (each with its own length).
 * <pre>
 *   | ofp_group_desc | ofp_group_desc | ... |
 * </pre>
 *
 * @param groups the entries, in wire order
 */
public record OfGroupDescReply(List<OfGroupDesc> groups) implements OfMultipartReplyBody {
    /**
     * Copies the entries.
     */
    public OfGroupDescReply {
        groups = List.copyOf(groups);
    }

    /**
     * A reply of the given entries.
     *
     * @param groups the entries
     * @return the reply
     */
    public static OfGroupDescReply of(final OfGroupDesc... groups) {
        return new OfGroupDescReply(List.of(groups));
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.GROUP_DESC;
    }
}
