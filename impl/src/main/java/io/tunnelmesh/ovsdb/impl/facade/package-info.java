/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The domain facade over the OVSDB client: {@link io.tunnelmesh.ovsdb.impl.facade.OvsdbClientSwitchFacade} reads the
 * rows a call concerns, {@link io.tunnelmesh.ovsdb.impl.facade.OvsdbSwitchPlanner} decides the operations as values
 * (no I/O), and the facade sends them as one guarded transaction.
 */
package io.tunnelmesh.ovsdb.impl.facade;
