/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * {@code OFPAT_SET_NW_TOS} (type 8, 8 bytes, OpenFlow 1.0.0 section 5.2.4): set the IP ToS byte (its DSCP bits).
 * <pre>
 *   +---------------+---------------+-------+-----------------------+
 *   | type = 8      | len = 8       | tos(8)| pad (24)              |
 *   +---------------+---------------+-------+-----------------------+
 * </pre>
 *
 * @param nwTos the ToS byte, DSCP in the high 6 bits
 */
public record Of10ActionSetNwTos(int nwTos) implements Of10Action {
    /**
     * Checks the fields fit their widths.
     *
     * @throws IllegalArgumentException if one does not
     */
    public Of10ActionSetNwTos {
        OfUnsigned.check("nw_tos", nwTos, 8);
    }
}
