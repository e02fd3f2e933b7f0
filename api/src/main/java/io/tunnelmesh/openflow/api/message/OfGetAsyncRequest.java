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
 * {@code OFPT_GET_ASYNC_REQUEST} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.10): ask which asynchronous messages this
 * connection receives. The message is a header alone.
 *
 * @param xid the transaction id
 */
public record OfGetAsyncRequest(int xid) implements OfMessage {
    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
