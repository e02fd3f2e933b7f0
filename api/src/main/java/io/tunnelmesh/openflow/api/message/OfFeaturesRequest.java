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
 * {@code OFPT_FEATURES_REQUEST} (OpenFlow 1.3.5 section 7.3.1): a header alone, which asks the switch for its datapath
 * id and capabilities; answered by {@link OfFeaturesReply}.
 *
 * @param version the protocol version; the shape is the same in every version
 * @param xid the transaction id
 */
public record OfFeaturesRequest(OfVersion version, int xid) implements OfMessage {
    /**
     * An OpenFlow 1.3 request.
     *
     * @param xid the transaction id
     * @return the message
     */
    public static OfFeaturesRequest of(final int xid) {
        return new OfFeaturesRequest(OfVersion.OF13, xid);
    }
}
