/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * An {@code OFPMP_EXPERIMENTER} request body nobody registered a codec for (OpenFlow 1.3.5 section 7.3.5.15,
 * {@code ofp_experimenter_multipart_header}), kept opaque so that it re-encodes byte for byte.
 * <pre>
 *   | experimenter (32) | exp_type (32) | experimenter-defined data ... |
 * </pre>
 *
 * @param experimenter the experimenter id
 * @param expType the experimenter-defined type
 * @param data the rest of the body
 */
public record OfExperimenterMultipartRequest(int experimenter, int expType, OfBytes data)
        implements OfMultipartRequestBody {
    @Override
    public OfMultipartType type() {
        return OfMultipartType.EXPERIMENTER;
    }
}
