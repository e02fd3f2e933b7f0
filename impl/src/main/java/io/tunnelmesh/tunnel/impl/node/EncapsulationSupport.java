/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Which encapsulations a node can really carry, and why not. Open vSwitch lists an interface type in
 * {@code iface_types} when {@code ovs-vswitchd} can create it, which is necessary but not sufficient:
 * <ul>
 *   <li>STT was removed in Open vSwitch 3.6; earlier releases carry it only through the Linux kernel module's
 *       datapath, so a bridge on the userspace ({@code netdev}) datapath lists {@code stt} but cannot carry it;</li>
 *   <li>VXLAN-GPE is a VXLAN port with {@code options:exts=gpe}: it needs {@code vxlan};</li>
 *   <li>a tunnel port OVS failed to create reports it in {@code Interface.error}: that encapsulation is not carried,
 *       for that reason, until the error goes away.</li>
 * </ul>
 */
public final class EncapsulationSupport {
    /** The first Open vSwitch release without STT. */
    private static final int[] STT_REMOVED = { 3, 6 };
    private static final String USERSPACE = "netdev";

    private EncapsulationSupport() {
        // Hidden on purpose
    }

    /**
     * The encapsulations a node cannot carry, each with its reason.
     *
     * @param facts what the node's OVSDB reports
     * @return the encapsulations it cannot carry; the others it can
     */
    public static Map<Encapsulation, String> cannotCarry(final NodeFacts facts) {
        final var refused = new EnumMap<Encapsulation, String>(Encapsulation.class);
        for (var encapsulation : Encapsulation.values()) {
            final var reason = reason(facts, encapsulation);
            if (reason != null) {
                refused.put(encapsulation, reason);
            }
        }
        return refused;
    }

    private static @Nullable String reason(final NodeFacts facts, final Encapsulation encapsulation) {
        final var type = TunnelPortNames.interfaceType(encapsulation);
        if (!facts.ifaceTypes().contains(type)) {
            return type + " is not in Open_vSwitch.iface_types";
        }
        if (encapsulation == Encapsulation.STT) {
            if (atLeast(facts.ovsVersion(), STT_REMOVED)) {
                return "Open vSwitch " + facts.ovsVersion() + " has no STT (removed in 3.6)";
            }
            if (USERSPACE.equals(facts.datapathType())) {
                return "the userspace (netdev) datapath cannot carry stt";
            }
        }
        final var error = facts.interfaceErrors().get(TunnelPortNames.portName(encapsulation));
        return error == null || error.isEmpty() ? null : "tunnel port " + TunnelPortNames.portName(encapsulation)
            + ": " + error;
    }

    /**
     * Whether a dotted version is at least another.
     *
     * @param version a version such as {@code 3.1.0} or {@code 3.6.90}; unparsable parts count as 0
     * @param minimum the major and minor version
     * @return true if {@code version} is the same or later
     */
    static boolean atLeast(final String version, final int[] minimum) {
        final var parts = version.split("\\.");
        for (int i = 0; i < minimum.length; i++) {
            final int part = i < parts.length ? leadingNumber(parts[i]) : 0;
            if (part != minimum[i]) {
                return part > minimum[i];
            }
        }
        return true;
    }

    private static int leadingNumber(final String part) {
        int value = 0;
        for (int i = 0; i < part.length() && Character.isDigit(part.charAt(i)) && value < 100_000; i++) {
            value = value * 10 + part.charAt(i) - '0';
        }
        return value;
    }
}
