/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.codec.OxmKey;

/**
 * An OXM field named in a table features property (OpenFlow 1.3.5 section 7.3.5.5.2): its 32-bit TLV header with no
 * payload, followed for the experimenter class by the experimenter id. The hasmask bit and length are kept as sent
 * (Open vSwitch sets hasmask, and doubles the length, for fields it can match with a mask).
 * <pre>
 *   | oxm_class (16) | oxm_field (7) | hasmask (1) | oxm_length (8) | [experimenter (32), class 0xffff] |
 * </pre>
 *
 * @param key the field's class, number and experimenter id
 * @param hasMask the hasmask bit
 * @param length the {@code oxm_length} byte
 */
public record OfOxmId(OxmKey key, boolean hasMask, int length) {
    /**
     * Checks the length.
     *
     * @throws IllegalArgumentException if it does not fit 8 bits
     */
    public OfOxmId {
        OfUnsigned.check("oxm_length", length, 8);
    }
}
