/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * JMH benchmarks of TunnelMesh's hot paths. The northbound ones measure what one commit costs the validator and the
 * allocator at a given scale: both see the whole tree on every commit.
 */
package io.tunnelmesh.benchmarks;
