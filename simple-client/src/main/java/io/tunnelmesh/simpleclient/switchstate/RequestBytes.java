/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfMessage;

/**
 * The wire bytes of a request, which an {@code OFPT_ERROR} answering it carries (at least its first 64 bytes,
 * OpenFlow 1.3.5 section 7.4.4). The switch state has no codec of its own: the connection that decoded the request
 * knows its bytes, or encodes it again with the production codecs.
 */
@FunctionalInterface
public interface RequestBytes {
    /** No bytes: errors carry empty data. */
    RequestBytes NONE = message -> OfBytes.EMPTY;

    /**
     * The bytes of a request.
     *
     * @param request the request
     * @return its bytes, or as many of them as are known
     */
    OfBytes of(OfMessage request);
}
