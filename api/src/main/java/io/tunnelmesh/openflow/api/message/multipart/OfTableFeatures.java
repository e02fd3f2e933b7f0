/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The features of one flow table (OpenFlow 1.3.5 section 7.3.5.5.1, {@code ofp_table_features}), in an
 * {@link OfTableFeaturesReply} or a request that sets them: 64 bytes, then the properties, each padded to 8 bytes;
 * {@code length} counts them all.
 * <pre>
 *   +-------------+--------------+----------+----------------------------------------------+
 *   | length (16) | table_id (8) | pad (40) | name (32 bytes, NUL-padded)                  |
 *   +-------------+--------------+----------+----------------------------------------------+
 *   | metadata_match (64)        | metadata_write (64)                                     |
 *   +----------------------------+---------------------------------------------------------+
 *   | config (32)                | max_entries (32)        | ofp_table_feature_prop ...    |
 *   +----------------------------+-------------------------+-------------------------------+
 * </pre>
 *
 * @param tableId the table
 * @param name the table's name, under 32 bytes
 * @param metadataMatch the metadata bits the table can match
 * @param metadataWrite the metadata bits the table can write
 * @param config the {@code ofp_table_config} bits
 * @param maxEntries the most entries the table holds, unsigned
 * @param properties the properties, in wire order
 */
public record OfTableFeatures(int tableId, String name, long metadataMatch, long metadataWrite, int config,
        int maxEntries, List<OfTableFeatureProperty> properties) {
    /** {@code OFP_MAX_TABLE_NAME_LEN}: the size of the name field. */
    public static final int NAME_LENGTH = 32;

    /**
     * Checks the table id and the name, and copies the properties.
     *
     * @throws IllegalArgumentException if the id does not fit 8 bits, or the name its field with a NUL
     */
    public OfTableFeatures {
        OfUnsigned.check("table_id", tableId, 8);
        if (name.getBytes(StandardCharsets.UTF_8).length >= NAME_LENGTH || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("table name must be under 32 bytes without NUL: " + name);
        }
        properties = List.copyOf(properties);
    }
}
