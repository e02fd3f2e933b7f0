/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Integration test of the Karaf packaging: the TunnelMesh distribution is unpacked into a temporary directory,
 * configured to listen on free loopback ports only, booted as a child process and driven through RESTCONF
 * (RFC 8040) as an operator would.
 */
package io.tunnelmesh.it.karaf;
