/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The database operations of RFC 7047 section 5.2, which a {@code transact} request (section 4.1.3) carries as one
 * atomic transaction, and their results: one {@link io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult} per
 * operation, an error at the index of the first operation that failed and "not executed" after it, or an error of the
 * commit itself ({@link io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult}).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.ovsdb.api.operation;
