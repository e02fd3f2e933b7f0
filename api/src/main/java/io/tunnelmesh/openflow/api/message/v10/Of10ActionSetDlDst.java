/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.MacAddress;

/**
 * {@code OFPAT_SET_DL_DST} (type 5, 16 bytes, OpenFlow 1.0.0 section 5.2.4): set the Ethernet destination address.
 * <pre>
 *   +---------------+---------------+-------------------------------+
 *   | type = 5      | len = 16      | dl_addr (48) ...              |
 *   +---------------+---------------+-------------------------------+
 *   | ... dl_addr                   | pad (48)                      |
 *   +-------------------------------+-------------------------------+
 * </pre>
 *
 * @param address the address
 */
public record Of10ActionSetDlDst(MacAddress address) implements Of10Action {
    // Nothing but the type and the padding
}
