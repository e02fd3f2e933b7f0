/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Codecs for the ONF bundle extension of OpenFlow 1.3 ({@code io.tunnelmesh.openflow.api.ext.onf}), added to a
 * registry with {@link io.tunnelmesh.openflow.impl.ext.onf.OnfExtensions#addTo} through the public builder.
 */
package io.tunnelmesh.openflow.impl.ext.onf;
