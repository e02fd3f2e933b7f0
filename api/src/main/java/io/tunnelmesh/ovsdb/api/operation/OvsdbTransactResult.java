/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import io.tunnelmesh.ovsdb.api.OvsdbError;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The result of a {@code transact} request (RFC 7047 section 4.1.3): one result per operation, in order. When an
 * operation fails its result is the error and every later result is {@link OvsdbOperationResult.NotExecuted}; when
 * every operation succeeded but the commit failed (a constraint checked at commit, such as referential integrity or a
 * unique index), the server appends one more element, the commit's error.
 *
 * @param results one result per operation
 * @param commitError the error of the commit itself, or empty
 */
public record OvsdbTransactResult(List<OvsdbOperationResult> results, Optional<OvsdbError> commitError) {
    /**
     * A transaction result; the results are copied.
     */
    public OvsdbTransactResult {
        results = List.copyOf(results);
    }

    /**
     * Why the transaction failed, if it did.
     *
     * @return the first failed operation's index and error, or the commit's error at index {@code results().size()},
     *     or empty if the transaction committed
     */
    public Optional<Failure> failure() {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof OvsdbOperationResult.Failed failed) {
                return Optional.of(new Failure(i, failed.error()));
            }
        }
        return commitError.map(error -> new Failure(results.size(), error));
    }

    /**
     * Whether the transaction committed.
     *
     * @return true if no operation failed and the commit succeeded
     */
    public boolean isSuccess() {
        return failure().isEmpty();
    }

    /**
     * The UUID of the row an {@code insert} created.
     *
     * @param index the insert's index in the transaction
     * @return the UUID
     * @throws IllegalArgumentException if the result at {@code index} is not an insert's
     */
    public UUID insertedUuid(final int index) {
        if (results.get(index) instanceof OvsdbOperationResult.Inserted inserted) {
            return inserted.uuid();
        }
        throw new IllegalArgumentException("result " + index + " is " + results.get(index) + ", not an insert's");
    }

    /**
     * Where and why a transaction failed.
     *
     * @param index the failing operation's index, or the number of operations for a failed commit
     * @param error the error
     */
    public record Failure(int index, OvsdbError error) {
        @Override
        public String toString() {
            return "operation " + index + " failed: " + error;
        }
    }
}
