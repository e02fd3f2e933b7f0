/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The standalone controller: one JVM running the OpenDaylight controller (MD-SAL and the distributed datastore in
 * single-node mode, persisted in the working directory), ODL's RESTCONF server and the TunnelMesh service.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.standalone;
