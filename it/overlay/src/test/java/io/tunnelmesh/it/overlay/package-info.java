/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * A two-host Open vSwitch lab in Linux network namespaces ({@link io.tunnelmesh.it.overlay.OverlayLab}), for tests
 * that drive the controller against real switches, and its self-test.
 */
package io.tunnelmesh.it.overlay;
