/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Tests against a real Open vSwitch run privately ({@link io.tunnelmesh.openflow.impl.ovs.OvsSandbox}), one for the
 * whole test run ({@link io.tunnelmesh.openflow.impl.ovs.OvsSandboxExtension}), a bridge per test.
 */
package io.tunnelmesh.openflow.impl.ovs;
