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
 * The {@code OFPMP_TABLE_FEATURES} reply (OpenFlow 1.3.5 section 7.3.5.5): an array of {@code ofp_table_features}, one
 * per table (each with its own length).
 * <pre>
 *   | ofp_table_features | ofp_table_features | ... |
 * </pre>
 *
 * @param tables the entries, in wire order
 */
public record OfTableFeaturesReply(List<OfTableFeatures> tables) implements OfMultipartReplyBody {
    /**
     * Copies the entries.
     */
    public OfTableFeaturesReply {
        tables = List.copyOf(tables);
    }

    /**
     * A reply of the given entries.
     *
     * @param tables the entries
     * @return the reply
     */
    public static OfTableFeaturesReply of(final OfTableFeatures... tables) {
        return new OfTableFeaturesReply(List.of(tables));
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.TABLE_FEATURES;
    }
}
