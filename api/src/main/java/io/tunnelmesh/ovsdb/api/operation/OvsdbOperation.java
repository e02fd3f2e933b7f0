/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

/**
 * One operation of a {@code transact} request (RFC 7047 section 5.2); {@link #op()} is its {@code "op"} member.
 */
public sealed interface OvsdbOperation permits OvsdbInsert, OvsdbSelect, OvsdbUpdate, OvsdbMutate, OvsdbDelete,
        OvsdbWait, OvsdbCommit, OvsdbAbort, OvsdbComment, OvsdbAssert {
    /**
     * The operation's name on the wire.
     *
     * @return such as {@code "insert"}
     */
    String op();
}
