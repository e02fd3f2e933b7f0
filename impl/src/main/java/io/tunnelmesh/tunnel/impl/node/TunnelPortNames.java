/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.Map;

/**
 * What TunnelMesh's flow-based tunnel port of each encapsulation is called and configured with on a node's
 * integration bridge (DESIGN.md section 5): one port per encapsulation, {@code options:remote_ip=flow} and
 * {@code options:key=flow} so that the flows choose the peer and the segment, {@code options:local_ip} the node's
 * tunnel IP.
 */
public final class TunnelPortNames {
    private static final String PREFIX = "tm-";

    private TunnelPortNames() {
        // Hidden on purpose
    }

    /**
     * The port's (and its interface's) name: {@code tm-vxlan}, {@code tm-geneve}, {@code tm-gre}, {@code tm-stt},
     * {@code tm-vxlan-gpe}; at most 15 characters, as Linux device names must be.
     *
     * @param encapsulation the encapsulation
     * @return the name
     */
    public static String portName(final Encapsulation encapsulation) {
        return PREFIX + encapsulation.yangName();
    }

    /**
     * Whether an interface is one of TunnelMesh's tunnel ports.
     *
     * @param name an interface name
     * @return true for the name of some encapsulation's port
     */
    public static boolean isTunnelPort(final String name) {
        return name.startsWith(PREFIX) && Encapsulation.ofYangName(name.substring(PREFIX.length())).isPresent();
    }

    /**
     * The OVS interface type: VXLAN-GPE is a {@code vxlan} interface with extensions.
     *
     * @param encapsulation the encapsulation
     * @return the {@code Interface.type}
     */
    public static String interfaceType(final Encapsulation encapsulation) {
        return switch (encapsulation) {
            case VXLAN, VXLAN_GPE -> "vxlan";
            case GENEVE -> "geneve";
            case GRE -> "gre";
            case STT -> "stt";
        };
    }

    /**
     * The interface's options.
     *
     * @param encapsulation the encapsulation
     * @param localIp the node's tunnel IP
     * @return {@code Interface.options}
     */
    public static Map<String, String> options(final Encapsulation encapsulation, final String localIp) {
        return switch (encapsulation) {
            case VXLAN_GPE -> Map.of("remote_ip", "flow", "key", "flow", "local_ip", localIp, "exts", "gpe",
                "packet_type", "ptap");
            case VXLAN, GENEVE, GRE, STT -> Map.of("remote_ip", "flow", "key", "flow", "local_ip", localIp);
        };
    }
}
