/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Segment ID allocation: networks that do not name a segmentation-id get one from the segment ranges of their
 * encapsulation, kept stable across restarts.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.tunnel.impl.segment;
