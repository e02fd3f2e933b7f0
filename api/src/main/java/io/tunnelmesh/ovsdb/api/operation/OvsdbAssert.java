/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

/**
 * The {@code assert} operation (RFC 7047 section 5.2.10): fails the transaction with {@code "not owner"} unless
 * this client holds the lock (section 4.1.8).
 *
 * @param lock the lock's name
 */
public record OvsdbAssert(String lock) implements OvsdbOperation {
    @Override
    public String op() {
        return "assert";
    }
}
