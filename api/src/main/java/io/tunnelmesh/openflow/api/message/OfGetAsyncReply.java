/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_GET_ASYNC_REPLY} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.10, {@code ofp_async_config}):
 * the asynchronous messages this connection receives, the answer to {@link OfGetAsyncRequest}.
 * <pre>
 *   | ofp_header (8 bytes) | six 32-bit masks, see {@link OfAsyncConfig} (24 bytes) |
 * </pre>
 *
 * @param xid the transaction id of the request
 * @param config the masks
 */
public record OfGetAsyncReply(int xid, OfAsyncConfig config) implements OfMessage {
    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
