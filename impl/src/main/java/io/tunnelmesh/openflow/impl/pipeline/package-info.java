/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The Netty pipeline stages that carry OpenFlow over a byte stream, in the order {@link
 * io.tunnelmesh.openflow.impl.pipeline.OfPipelineStage} names them: frame decoder (with the pure
 * {@link io.tunnelmesh.openflow.impl.pipeline.OfVersionDetector}), message decoder and the shared message encoder.
 */
package io.tunnelmesh.openflow.impl.pipeline;
