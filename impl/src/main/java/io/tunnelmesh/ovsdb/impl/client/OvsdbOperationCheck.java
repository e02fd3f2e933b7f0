/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import java.util.List;
import java.util.Optional;

/**
 * Checks a transaction's rows against the schema before it is sent: the table exists, each column exists and each
 * value fits its column's type (RFC 7047 sections 3.2 and 5.1). A mistake in the caller's rows then fails at once,
 * naming the operation's index, rather than as a server error after a round trip. Conditions and mutations are the
 * server's to check.
 */
final class OvsdbOperationCheck {
    private OvsdbOperationCheck() {
        // static check only
    }

    static Optional<String> check(final OvsdbDatabaseSchema schema, final List<OvsdbOperation> operations) {
        for (int i = 0; i < operations.size(); i++) {
            final var operation = operations.get(i);
            final Optional<String> problem = switch (operation) {
                case OvsdbInsert insert -> checkRow(schema, insert.table(), insert.row());
                case OvsdbUpdate update -> checkRow(schema, update.table(), update.row());
                default -> Optional.empty();
            };
            if (problem.isPresent()) {
                return Optional.of("operation " + i + " (" + operation.op() + "): " + problem.orElseThrow());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkRow(final OvsdbDatabaseSchema schema, final String table,
            final OvsdbRow row) {
        return schema.table(table).map(tableSchema -> tableSchema.check(row))
            .orElseGet(() -> Optional.of("database " + schema.name() + " has no table " + table));
    }
}
