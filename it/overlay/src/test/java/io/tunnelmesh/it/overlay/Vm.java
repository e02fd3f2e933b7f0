/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

/**
 * A VM of the lab: a network namespace with one interface, {@code eth0}, the far end of a veth pair whose near end
 * ({@link #port()}) is plugged into its host's integration bridge.
 *
 * @param name the name given to {@link OverlayLab#addVm}
 * @param host the host it runs on
 * @param namespace its network namespace
 * @param port the interface on the host's {@code br-int}, as {@code ovs-vsctl} and {@code ovs-ofctl} name it
 * @param mac the MAC address of its {@code eth0}
 * @param ipCidr the address of its {@code eth0} with its prefix length, such as {@code 10.0.0.1/24}
 */
public record Vm(String name, LabHost host, String namespace, String port, String mac, String ipCidr) {
    /** The name of the VM's own interface, inside its namespace. */
    public static final String INTERFACE = "eth0";

    /**
     * The VM's address without the prefix length.
     *
     * @return such as {@code 10.0.0.1}
     */
    public String ip() {
        return ipCidr.substring(0, ipCidr.indexOf('/'));
    }
}
