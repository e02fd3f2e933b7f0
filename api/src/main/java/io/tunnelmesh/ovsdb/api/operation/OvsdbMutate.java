/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import java.util.List;

/**
 * The {@code mutate} operation (RFC 7047 section 5.2.4): changes columns of every matching row relative to their
 * current value (add to a set, increment a counter); its result is the number of rows matched.
 *
 * @param table the table
 * @param where the conditions
 * @param mutations the changes, applied in order
 */
public record OvsdbMutate(String table, List<OvsdbCondition> where, List<OvsdbMutation> mutations)
        implements OvsdbOperation {
    /**
     * A mutate; the lists are copied.
     */
    public OvsdbMutate {
        where = List.copyOf(where);
        mutations = List.copyOf(mutations);
    }

    @Override
    public String op() {
        return "mutate";
    }
}
