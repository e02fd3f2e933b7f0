/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import java.util.List;

/**
 * The {@code update} operation (RFC 7047 section 5.2.3): sets columns of every matching row; its result is the number
 * of rows matched.
 *
 * @param table the table
 * @param where the conditions
 * @param row the new column values
 */
public record OvsdbUpdate(String table, List<OvsdbCondition> where, OvsdbRow row) implements OvsdbOperation {
    /**
     * An update; the conditions are copied.
     */
    public OvsdbUpdate {
        where = List.copyOf(where);
    }

    @Override
    public String op() {
        return "update";
    }
}
