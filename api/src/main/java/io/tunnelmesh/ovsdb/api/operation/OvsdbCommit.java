/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

/**
 * The {@code commit} operation (RFC 7047 section 5.2.7): with {@code durable} true, the transaction's result waits
 * until its changes are on disk.
 *
 * @param durable whether to wait for durability
 */
public record OvsdbCommit(boolean durable) implements OvsdbOperation {
    @Override
    public String op() {
        return "commit";
    }
}
