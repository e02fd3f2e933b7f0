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
 * The {@code delete} operation (RFC 7047 section 5.2.5): removes every matching row; its result is the number of
 * rows deleted.
 *
 * @param table the table
 * @param where the conditions
 */
public record OvsdbDelete(String table, List<OvsdbCondition> where) implements OvsdbOperation {
    /**
     * A delete; the conditions are copied.
     */
    public OvsdbDelete {
        where = List.copyOf(where);
    }

    @Override
    public String op() {
        return "delete";
    }
}
