/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.MacAddress;
import java.nio.charset.StandardCharsets;

/**
 * A port description of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.2.1, {@code ofp_port}, 64 bytes), as carried by
 * {@code OFPT_PORT_STATUS} and the {@code OFPMP_PORT_DESC} reply.
 * <pre>
 *   +-------------------+-------------------+----------------------------------+-----------+
 *   | port_no (32)      | pad (32)          | hw_addr (48)                     | pad (16)  |
 *   +-------------------+-------------------+----------------------------------+-----------+
 *   | name (16 bytes, NUL-terminated)                                                      |
 *   +-------------------+-------------------+-------------------+--------------------------+
 *   | config (32)       | state (32)        | curr (32)         | advertised (32)          |
 *   +-------------------+-------------------+-------------------+--------------------------+
 *   | supported (32)    | peer (32)         | curr_speed (32)   | max_speed (32)           |
 *   +-------------------+-------------------+-------------------+--------------------------+
 * </pre>
 *
 * @param portNo the port number
 * @param hwAddress the port's MAC address
 * @param name the port name, at most 15 bytes of UTF-8
 * @param config the {@code ofp_port_config} bits
 * @param state the {@code ofp_port_state} bits
 * @param current the current {@code ofp_port_features}
 * @param advertised the features advertised by the port
 * @param supported the features the port supports
 * @param peer the features advertised by the peer
 * @param currentSpeed the current bit rate in kbps
 * @param maxSpeed the maximum bit rate in kbps
 */
public record OfPortDesc(int portNo, MacAddress hwAddress, String name, int config, int state, int current,
        int advertised, int supported, int peer, int currentSpeed, int maxSpeed) {
    /** Size of {@code ofp_port.name}, terminating NUL included ({@code OFP_MAX_PORT_NAME_LEN}). */
    public static final int NAME_LENGTH = 16;

    /**
     * Checks the name fits in its field with its terminating NUL.
     *
     * @throws IllegalArgumentException if it does not, or contains a NUL
     */
    public OfPortDesc {
        if (name.getBytes(StandardCharsets.UTF_8).length >= NAME_LENGTH || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("port name must be under 16 bytes without NUL: " + name);
        }
    }
}
