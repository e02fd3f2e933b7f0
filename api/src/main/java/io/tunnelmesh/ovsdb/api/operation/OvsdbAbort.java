/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

/**
 * The {@code abort} operation (RFC 7047 section 5.2.8): fails the transaction with {@code "aborted"}, undoing every
 * change of it; useful after a {@code wait} to test a precondition without changing anything.
 */
public record OvsdbAbort() implements OvsdbOperation {
    @Override
    public String op() {
        return "abort";
    }
}
