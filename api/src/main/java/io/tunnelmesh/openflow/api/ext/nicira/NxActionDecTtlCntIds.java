/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import java.util.List;

/**
 * {@code NXAST_DEC_TTL_CNT_IDS} (Nicira subtype 21, at least 16 bytes; {@code dec_ttl(id,...)} in
 * {@code ovs-actions(7)}): decrement the IP TTL, and when it expires send the packet only to the controllers with
 * these connection ids.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 21 (16) | n_controllers (16) | zeros (32) |
 *   | cnt_ids, n_controllers x 16 bits | zero pad to 8 bytes |
 * </pre>
 * Open vSwitch answers {@code NXBRC_MUST_BE_ZERO} (the codec too) for nonzero {@code zeros} and
 * {@code OFPBAC_BAD_LEN} when the ids do not fit.
 *
 * @param controllerIds the controller connection ids, 16 bits each
 */
public record NxActionDecTtlCntIds(List<Integer> controllerIds) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 21;

    /**
     * Copies the list and checks the ids.
     *
     * @throws IllegalArgumentException if an id is not 16 bits or there are more than 65535
     */
    public NxActionDecTtlCntIds {
        controllerIds = List.copyOf(controllerIds);
        controllerIds.forEach(id -> OfUnsigned.check("controller id", id, 16));
        OfUnsigned.check("n_controllers", controllerIds.size(), 16);
    }
}
