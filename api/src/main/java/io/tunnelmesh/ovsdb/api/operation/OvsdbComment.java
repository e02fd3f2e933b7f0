/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

/**
 * The {@code comment} operation (RFC 7047 section 5.2.9): a note the server writes to its log with the transaction
 * (visible in {@code ovsdb-tool show-log}).
 *
 * @param comment the note
 */
public record OvsdbComment(String comment) implements OvsdbOperation {
    @Override
    public String op() {
        return "comment";
    }
}
