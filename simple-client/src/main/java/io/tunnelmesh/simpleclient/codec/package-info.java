/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The codec command line tools ({@code ./tunnelmesh codec decode|reencode}): hex-encoded OpenFlow messages in, JSON
 * or re-encoded hex out, through the production codecs of {@code io.tunnelmesh.openflow.impl.OpenFlowCodecs}.
 */
package io.tunnelmesh.simpleclient.codec;
