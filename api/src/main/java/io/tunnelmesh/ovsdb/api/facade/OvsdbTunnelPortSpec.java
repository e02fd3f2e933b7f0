/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.facade;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tunnel port (a {@code Port} with one {@code Interface} of the same name) as TunnelMesh wants it. The usual one is
 * flow-based ({@link #flowBased}): {@code options:remote_ip=flow} and {@code options:key=flow}, so flows choose the
 * remote node ({@code tun_dst}) and the segment ({@code tun_id}) per packet and a node needs one port per
 * encapsulation, not one per peer. A port to one peer ({@link #toPeer}) keeps {@code key=flow} but fixes the remote.
 *
 * @param bridge the bridge it belongs to
 * @param name the port's and the interface's name
 * @param encapsulation the encapsulation
 * @param localIp the node's tunnel endpoint, {@code options:local_ip}
 * @param remoteIp {@code flow} or the peer's tunnel endpoint, {@code options:remote_ip}
 */
public record OvsdbTunnelPortSpec(String bridge, String name, Encapsulation encapsulation, String localIp,
        String remoteIp) {
    /** The {@code remote_ip} and {@code key} value that lets flows set the field. */
    public static final String FLOW = "flow";

    /**
     * The flow-based port of an encapsulation, named {@code tm-<encapsulation>}, such as {@code tm-vxlan-gpe}.
     *
     * @param bridge the bridge
     * @param encapsulation the encapsulation
     * @param localIp the node's tunnel endpoint
     * @return the spec
     */
    public static OvsdbTunnelPortSpec flowBased(final String bridge, final Encapsulation encapsulation,
            final String localIp) {
        return new OvsdbTunnelPortSpec(bridge, "tm-" + encapsulation.yangName(), encapsulation, localIp, FLOW);
    }

    /**
     * A port to one peer.
     *
     * @param bridge the bridge
     * @param name the port name
     * @param encapsulation the encapsulation
     * @param localIp the node's tunnel endpoint
     * @param remoteIp the peer's tunnel endpoint
     * @return the spec
     */
    public static OvsdbTunnelPortSpec toPeer(final String bridge, final String name,
            final Encapsulation encapsulation, final String localIp, final String remoteIp) {
        return new OvsdbTunnelPortSpec(bridge, name, encapsulation, localIp, remoteIp);
    }

    /**
     * The {@code Interface.type}: VXLAN-GPE is a {@code vxlan} interface with the GPE extension.
     *
     * @return such as {@code geneve}
     */
    public String interfaceType() {
        return switch (encapsulation) {
            case VXLAN, VXLAN_GPE -> "vxlan";
            case GENEVE -> "geneve";
            case GRE -> "gre";
            case STT -> "stt";
        };
    }

    /**
     * The {@code Interface.options}: {@code remote_ip}, {@code key=flow}, {@code local_ip}; VXLAN-GPE adds
     * {@code exts=gpe} and {@code packet_type=ptap} (the port carries non-Ethernet payloads such as NSH, so it is a
     * packet-type-aware port, {@code ovs-fields(7)} "packet_type").
     *
     * @return the options
     */
    public Map<String, String> options() {
        final var options = new LinkedHashMap<String, String>();
        options.put("remote_ip", remoteIp);
        options.put("key", FLOW);
        options.put("local_ip", localIp);
        if (encapsulation == Encapsulation.VXLAN_GPE) {
            options.put("exts", "gpe");
            options.put("packet_type", "ptap");
        }
        return Map.copyOf(options);
    }
}
