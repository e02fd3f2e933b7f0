/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Test fixtures of the OVSDB client: the Open vSwitch schema as OVS 3.1 ships it, and sample values of every column.
 */
package io.tunnelmesh.ovsdb.impl;
