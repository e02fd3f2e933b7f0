/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The tunnel service: wires intent validation and segment allocation to the MD-SAL datastore, as an OSGi component
 * or as a plain object in the standalone controller.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.tunnel.impl;
