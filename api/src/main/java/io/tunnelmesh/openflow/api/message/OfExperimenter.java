/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_EXPERIMENTER} (OpenFlow 1.3.5 section 7.5.4, {@code ofp_experimenter_header}) with an opaque body: how
 * a vendor message this library has no codec for travels, so that it never kills a connection and re-encodes byte
 * for byte.
 * <pre>
 *   +----------------------+-------------------+-------------------+---------------------+
 *   | ofp_header (8 bytes) | experimenter (32) | exp_type (32)     | experimenter data   |
 *   +----------------------+-------------------+-------------------+---------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param experimenter the experimenter id, such as 0x00002320 for Nicira
 * @param expType the experimenter-defined type
 * @param data the experimenter-defined body
 */
public record OfExperimenter(int xid, int experimenter, int expType, OfBytes data) implements OfMessage {
    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
