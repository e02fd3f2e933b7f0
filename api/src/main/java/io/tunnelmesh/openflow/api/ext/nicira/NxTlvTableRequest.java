/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;

/**
 * {@code NXT_TLV_TABLE_REQUEST} (Nicira experimenter message 25, no body): asks a switch for its TLV table, answered
 * by an {@link NxTlvTableReply}; what {@code ovs-ofctl dump-tlv-map} sends.
 * <pre>
 *   | header 8 | experimenter 0x00002320 | subtype 25 |
 * </pre>
 *
 * @param xid the transaction id
 */
public record NxTlvTableRequest(int xid) implements OfExtensionMessage {
    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
