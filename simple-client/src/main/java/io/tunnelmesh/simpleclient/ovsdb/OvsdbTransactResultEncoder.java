/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbErrorCodec;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbNotationEncoder;

/**
 * Encodes the result of a {@code transact} (RFC 7047 section 4.1.3), the inverse of the client's
 * {@code OvsdbTransactDecoder}: one element per requested operation ({@code {"uuid": ...}}, {@code {"rows": [...]}},
 * {@code {"count": n}}, {@code {}}, an {@code <error>}, or {@code null} after an error), then the commit's error if
 * the commit failed.
 */
final class OvsdbTransactResultEncoder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OvsdbTransactResultEncoder() {
        // static encoder only
    }

    /**
     * Encodes a result.
     *
     * @param result the result
     * @param requested how many operations the request held: a failure before the end pads with {@code null}
     * @return the {@code result} member of the response
     */
    static ArrayNode encode(final OvsdbTransactResult result, final int requested) {
        final var array = JSON.arrayNode();
        for (var each : result.results()) {
            switch (each) {
                case OvsdbOperationResult.Inserted inserted ->
                    array.addObject().set("uuid", OvsdbNotationEncoder.encodeAtom(new OvsdbUuid(inserted.uuid())));
                case OvsdbOperationResult.Selected selected -> {
                    final var rows = array.addObject().putArray("rows");
                    selected.rows().forEach(row -> rows.add(OvsdbNotationEncoder.encodeRow(row)));
                }
                case OvsdbOperationResult.Counted counted -> array.addObject().put("count", counted.count());
                case OvsdbOperationResult.Done done -> array.addObject();
                case OvsdbOperationResult.Failed failed -> array.add(OvsdbErrorCodec.encode(failed.error()));
                case OvsdbOperationResult.NotExecuted skipped -> array.addNull();
            }
        }
        if (result.failure().isPresent() && result.commitError().isEmpty()) {
            while (array.size() < requested) {
                array.addNull();
            }
        }
        result.commitError().ifPresent(error -> array.add(OvsdbErrorCodec.encode(error)));
        return array;
    }
}
