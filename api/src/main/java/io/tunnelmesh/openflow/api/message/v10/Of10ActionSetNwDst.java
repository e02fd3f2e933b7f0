/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import java.net.Inet4Address;

/**
 * {@code OFPAT_SET_NW_DST} (type 7, 8 bytes, OpenFlow 1.0.0 section 5.2.4): set the IPv4 destination address.
 * <pre>
 *   +---------------+---------------+-------------------------------+
 *   | type = 7      | len = 8       | nw_addr (32)                  |
 *   +---------------+---------------+-------------------------------+
 * </pre>
 *
 * @param address the address
 */
public record Of10ActionSetNwDst(Inet4Address address) implements Of10Action {
    // Nothing but the type and the padding
}
