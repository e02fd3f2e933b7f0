/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * A local replica of monitored tables: {@link io.tunnelmesh.ovsdb.impl.replica.OvsdbReplica} keeps immutable rows by
 * UUID, applies {@code update}, {@code update2} and {@code update3} changes with
 * {@link io.tunnelmesh.ovsdb.impl.replica.OvsdbRowDiff}, and tells listeners which rows changed.
 */
package io.tunnelmesh.ovsdb.impl.replica;
