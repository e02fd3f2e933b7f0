/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * An experimenter {@code OFPT_ERROR} (OpenFlow 1.3.5 section 7.4.4, {@code ofp_error_experimenter_msg}).
 * <pre>
 *   +----------------------+---------------+---------------+-------------------+------+
 *   | ofp_header (8 bytes) | 0xffff (16)   | exp_code (16) | experimenter (32) | data |
 *   +----------------------+---------------+---------------+-------------------+------+
 * </pre>
 *
 * @param xid the transaction id
 * @param expCode the experimenter-defined 16-bit code
 * @param experimenter the experimenter id (an OUI or a full id)
 * @param data the experimenter-defined data
 */
public record OfExperimenterError(int xid, int expCode, int experimenter, OfBytes data) implements OfErrorMessage {
    /**
     * Checks the code fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfExperimenterError {
        if (expCode < 0 || expCode > 0xffff) {
            throw new IllegalArgumentException("exp_code must be 16 bits: " + expCode);
        }
    }
}
