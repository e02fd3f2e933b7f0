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
 * {@code OFPT_ERROR} (OpenFlow 1.3.5 section 7.4.4): either a standard error with a type and code, or an
 * experimenter error (type {@code OFPET_EXPERIMENTER}) with its own layout. Both share one wire type and one codec.
 */
public sealed interface OfErrorMessage extends OfMessage permits OfError, OfExperimenterError {
    /**
     * The data carried by the error: for a failed request, at least its first 64 bytes.
     *
     * @return the bytes, possibly empty
     */
    OfBytes data();

    @Override
    default OfVersion version() {
        return OfVersion.OF13;
    }
}
