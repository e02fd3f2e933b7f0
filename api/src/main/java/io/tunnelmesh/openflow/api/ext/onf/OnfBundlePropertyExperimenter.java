/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.onf;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * {@code OFPBPT_EXPERIMENTER} (OpenFlow 1.4.1 section 7.3.9.1, {@code ofp_bundle_prop_experimenter}), kept opaque.
 * <pre>
 *   | 0xffff | length 16 | experimenter 32 | exp_type 32 | experimenter_data | pad to 8 |
 * </pre>
 *
 * @param experimenter the experimenter id
 * @param expType the experimenter's property type
 * @param data the experimenter data, without the padding
 */
public record OnfBundlePropertyExperimenter(int experimenter, int expType, OfBytes data) implements OnfBundleProperty {
    /**
     * Checks the property fits its 16-bit length.
     *
     * @throws IllegalArgumentException if it is longer than 65535 bytes
     */
    public OnfBundlePropertyExperimenter {
        if (data.length() > 0xffff - 12) {
            throw new IllegalArgumentException("bundle property of " + (12 + data.length()) + " bytes");
        }
    }
}
