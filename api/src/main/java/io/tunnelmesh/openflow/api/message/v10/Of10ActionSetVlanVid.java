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
 * {@code OFPAT_SET_VLAN_VID} (type 1, 8 bytes, OpenFlow 1.0.0 section 5.2.4): set the 802.1Q VLAN id, pushing a tag if
 * there is none.
 * <pre>
 *   +---------------+---------------+---------------+---------------+
 *   | type = 1      | len = 8       | vlan_vid (16) | pad (16)      |
 *   +---------------+---------------+---------------+---------------+
 * </pre>
 *
 * @param vlanVid the VLAN id, 12 bits used
 */
public record Of10ActionSetVlanVid(int vlanVid) implements Of10Action {
    /**
     * Checks the fields fit their widths.
     *
     * @throws IllegalArgumentException if one does not
     */
    public Of10ActionSetVlanVid {
        OfUnsigned.check("vlan_vid", vlanVid, 16);
    }
}
