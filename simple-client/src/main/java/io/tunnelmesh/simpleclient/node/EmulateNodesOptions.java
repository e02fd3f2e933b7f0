/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.node;

import io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatorConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The command line of {@code ./tunnelmesh emulate --nodes N}.
 *
 * @param nodes how many nodes
 * @param node what each is
 * @param address where their OVSDB servers listen
 * @param basePort the OVSDB port of node 1 (0: free ports)
 * @param threads event loop threads
 * @param duration how long to run, or {@code null} until interrupted or {@code quit}
 */
public record EmulateNodesOptions(int nodes, EmulatedNodeConfig node, InetAddress address, int basePort,
        int threads, @Nullable Duration duration) {
    /** The usage text. */
    public static final String USAGE = """
        usage: ./tunnelmesh emulate --nodes N [OPTIONS]
          N emulated hypervisors: each an emulated ovsdb-server (with what ovs-vswitchd writes back) whose
          integration bridge is an emulated OpenFlow switch that dials the bridge's controller with its datapath id.
          Point a controller at the printed OVSDB addresses ("node N tcp:IP:PORT").
          --nodes N                how many nodes
          --ovsdb-port P           OVSDB port of node 1, the rest follow; 0 = a free port each (0)
          --address ADDR           where the OVSDB servers listen (127.0.0.1)
          --bridge NAME            the integration bridge, created at start (br-int)
          --vms K                  VM interfaces vm-1..vm-K pre-plugged on the bridge (2)
          --ovs-version V          Open_vSwitch.ovs_version (3.1.0)
          --iface-types A,B,...    Open_vSwitch.iface_types (Open vSwitch 3.1's list, stt included)
          --datapath-types A,B     Open_vSwitch.datapath_types (netdev,system)
          --unsupported-types A,B  interface types that fail with ofport -1, as without the kernel module (none)
          --threads T              event loop threads for all switches (one per core; OVSDB has one more)
          --duration S             stop after S seconds (default: until Ctrl-C or "quit")
          -h, --help               this text
        Standard input takes commands, each answered with one line on standard output:
          flows [COOKIE [MASK]]    "flows C1 C2 ...": flows per node whose cookie & MASK == COOKIE (all flows)
          mods                     "mods M1 M2 ...": flow-mods and group-mods each node's switch applied
          status                   "status NODES CONNECTED HANDSHAKEN"
          quit                     stop""".strip();

    /**
     * Parses a command line.
     *
     * @param args the arguments
     * @return the options, or {@code null} for help
     * @throws IllegalArgumentException with a message for the user
     */
    public static @Nullable EmulateNodesOptions parse(final String... args) {
        int nodes = 0;
        var config = EmulatedNodeConfig.DEFAULT;
        var ovs = config.ovs();
        InetAddress address = InetAddress.getLoopbackAddress();
        int basePort = 0;
        int threads = Runtime.getRuntime().availableProcessors();
        Duration duration = null;
        for (int i = 0; i < args.length; i++) {
            final String arg = args[i];
            if ("-h".equals(arg) || "--help".equals(arg)) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            final String value = args[++i];
            switch (arg) {
                case "--nodes" -> nodes = integer(arg, value, 1, EmulatedNodeConfig.MAX_NODES);
                case "--ovsdb-port" -> basePort = integer(arg, value, 0, 0xffff);
                case "--address" -> address = host(value);
                case "--bridge" -> config = new EmulatedNodeConfig(value, ovs, config.vms());
                case "--vms" -> config = config.withVms(integer(arg, value, 0, EmulatedNodeConfig.MAX_VMS));
                case "--ovs-version" -> ovs = new OvsdbEmulatorConfig(value, ovs.ifaceTypes(), ovs.datapathTypes(),
                    ovs.unsupportedInterfaceTypes(), ovs.historyLength());
                case "--iface-types" -> ovs = new OvsdbEmulatorConfig(ovs.ovsVersion(), list(value),
                    ovs.datapathTypes(), ovs.unsupportedInterfaceTypes(), ovs.historyLength());
                case "--datapath-types" -> ovs = new OvsdbEmulatorConfig(ovs.ovsVersion(), ovs.ifaceTypes(),
                    list(value), ovs.unsupportedInterfaceTypes(), ovs.historyLength());
                case "--unsupported-types" -> ovs = new OvsdbEmulatorConfig(ovs.ovsVersion(), ovs.ifaceTypes(),
                    ovs.datapathTypes(), Set.copyOf(list(value)), ovs.historyLength());
                case "--threads" -> threads = integer(arg, value, 1, 1024);
                case "--duration" -> duration = Duration.ofSeconds(integer(arg, value, 1, Integer.MAX_VALUE));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (nodes == 0) {
            throw new IllegalArgumentException("--nodes is missing");
        }
        return new EmulateNodesOptions(nodes, new EmulatedNodeConfig(config.bridge(), ovs, config.vms()), address,
            basePort, threads, duration);
    }

    /**
     * The configuration of every node.
     *
     * @return {@code nodes} copies of {@link #node()}
     */
    public List<EmulatedNodeConfig> configs() {
        return Collections.nCopies(nodes, node);
    }

    private static List<String> list(final String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static int integer(final String option, final String value, final int min, final int max) {
        try {
            final int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(option + " " + value + " is not a number from " + min + " to " + max);
    }

    private static InetAddress host(final String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--address " + value + ": " + e.getMessage(), e);
        }
    }
}
