/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The overlay vocabulary shared by the tunnel service and its southbound clients: encapsulations and the
 * width of their segment identifiers.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.tunnel.api;
