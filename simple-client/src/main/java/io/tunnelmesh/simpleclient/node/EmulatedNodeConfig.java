/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.node;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatorConfig;
import java.util.Locale;
import java.util.Set;

/**
 * What one emulated node is: the integration bridge's name, what its Open vSwitch reports and cannot carry, and how
 * many VM interfaces are plugged into the bridge at start ({@code vm-1} to {@code vm-K}, as a hypervisor plugs its
 * guests' taps before any controller is there).
 *
 * @param bridge the integration bridge, created at start with the VMs on it
 * @param ovs {@code ovs_version}, {@code iface_types}, {@code datapath_types} and the interface types that fail
 * @param vms how many VM interfaces are pre-plugged
 */
public record EmulatedNodeConfig(String bridge, OvsdbEmulatorConfig ovs, int vms) {
    /** The largest number of VMs per node: their MACs keep the VM number in 16 bits. */
    public static final int MAX_VMS = 0xffff;
    /** The largest number of nodes: their MACs keep the node number in 24 bits. */
    public static final int MAX_NODES = 0xff_ffff;
    /** The integration bridge, as OpenStack and TunnelMesh name it. */
    public static final String DEFAULT_BRIDGE = "br-int";
    /**
     * Open vSwitch 3.1 on the kernel datapath with every tunnel type it lists, STT included (the kernel module is
     * there), and two VMs.
     */
    public static final EmulatedNodeConfig DEFAULT = new EmulatedNodeConfig(DEFAULT_BRIDGE,
        withUnsupported(OvsdbEmulatorConfig.DEFAULT, Set.of()), 2);
    private static final long VM_MAC_BASE = 0x02_00_00_00_00_00L;

    /**
     * Checks the values.
     */
    public EmulatedNodeConfig {
        if (bridge.isEmpty()) {
            throw new IllegalArgumentException("the bridge needs a name");
        }
        if (vms < 0 || vms > MAX_VMS) {
            throw new IllegalArgumentException("VMs per node " + vms + " is not 0 to " + MAX_VMS);
        }
    }

    /**
     * The same node with another Open vSwitch version.
     *
     * @param version such as {@code 3.6.0}
     * @return the configuration
     */
    public EmulatedNodeConfig withOvsVersion(final String version) {
        return new EmulatedNodeConfig(bridge, new OvsdbEmulatorConfig(version, ovs.ifaceTypes(), ovs.datapathTypes(),
            ovs.unsupportedInterfaceTypes(), ovs.historyLength()), vms);
    }

    /**
     * The same node with another number of VMs.
     *
     * @param count how many
     * @return the configuration
     */
    public EmulatedNodeConfig withVms(final int count) {
        return new EmulatedNodeConfig(bridge, ovs, count);
    }

    static OvsdbEmulatorConfig withUnsupported(final OvsdbEmulatorConfig config, final Set<String> unsupported) {
        return new OvsdbEmulatorConfig(config.ovsVersion(), config.ifaceTypes(), config.datapathTypes(), unsupported,
            config.historyLength());
    }

    /**
     * The interface name of a VM.
     *
     * @param vm the VM's number, 1-based
     * @return {@code vm-N}
     */
    public static String vmName(final int vm) {
        return String.format(Locale.ROOT, "vm-%d", vm);
    }

    /**
     * The MAC of a VM: {@code 02:00} then the node's number in 24 bits and the VM's in 16, unique over a fleet.
     *
     * @param node the node's number, 1-based
     * @param vm the VM's number, 1-based
     * @return the address
     */
    public static MacAddress vmMac(final int node, final int vm) {
        return new MacAddress(VM_MAC_BASE | (long) node << 16 | vm);
    }
}
