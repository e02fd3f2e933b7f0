/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import io.tunnelmesh.ovsdb.api.OvsdbError;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import java.util.List;
import java.util.UUID;

/**
 * The result of one operation of a transaction (RFC 7047 sections 4.1.3 and 5.2): what the operation returns when it
 * succeeds, an error when it fails, or nothing when an earlier operation failed and it never ran.
 */
public sealed interface OvsdbOperationResult {
    /**
     * An {@code insert}'s result: {@code {"uuid": <uuid>}}, the new row's UUID.
     *
     * @param uuid the new row's UUID
     */
    record Inserted(UUID uuid) implements OvsdbOperationResult {
    }

    /**
     * A {@code select}'s result: {@code {"rows": [<row>*]}}.
     *
     * @param rows the matching rows, with the selected columns
     */
    record Selected(List<OvsdbRow> rows) implements OvsdbOperationResult {
        /**
         * A select result; the rows are copied.
         */
        public Selected {
            rows = List.copyOf(rows);
        }
    }

    /**
     * An {@code update}'s, {@code mutate}'s or {@code delete}'s result: {@code {"count": <integer>}}.
     *
     * @param count the number of rows matched (updated, mutated, deleted)
     */
    record Counted(long count) implements OvsdbOperationResult {
    }

    /**
     * The empty result {@code {}} of {@code wait}, {@code commit}, {@code comment} and {@code assert}.
     */
    record Done() implements OvsdbOperationResult {
    }

    /**
     * The operation failed; the transaction was rolled back.
     *
     * @param error the error
     */
    record Failed(OvsdbError error) implements OvsdbOperationResult {
    }

    /**
     * The {@code null} after a failed operation: this operation was never executed.
     */
    record NotExecuted() implements OvsdbOperationResult {
    }
}
