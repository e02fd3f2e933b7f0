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
 * The {@code OFPMP_TABLE_FEATURES} request (OpenFlow 1.3.5 section 7.3.5.5): with no tables, asks for the features
 * of every table; with tables, sets the switch's whole table configuration to them (the list may span several
 * requests chained with {@code OFPMPF_REQ_MORE}).
 * <pre>
 *   | ofp_table_features | ofp_table_features | ... (each a multiple of 8 bytes) |
 * </pre>
 *
 * @param tables the tables to set; empty to only read them
 */
public record OfTableFeaturesRequest(List<OfTableFeatures> tables) implements OfMultipartRequestBody {
    /** The request that reads every table's features. */
    public static final OfTableFeaturesRequest READ = new OfTableFeaturesRequest(List.of());

    /**
     * Copies the tables.
     */
    public OfTableFeaturesRequest {
        tables = List.copyOf(tables);
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.TABLE_FEATURES;
    }
}
