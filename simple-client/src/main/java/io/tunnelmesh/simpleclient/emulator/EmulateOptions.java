/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfVersion;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The command line of {@code ./tunnelmesh emulate}: a {@link FleetConfig} and how long to run.
 *
 * @param fleet what to emulate
 * @param duration how long to run, or {@code null} for until interrupted
 */
public record EmulateOptions(FleetConfig fleet, @Nullable Duration duration) {
    /** The usage text for {@code --help} and bad arguments (not a constant: callers share it, not copy it). */
    public static final String USAGE = """
        usage: ./tunnelmesh emulate --switches N (--controller HOST:PORT | --listen BASE_PORT) [OPTIONS]
          --switches N             how many switches to emulate, each with its own connection
          --controller HOST:PORT   every switch dials the controller (as ovs-vsctl set-controller tcp:HOST:PORT)
          --listen BASE_PORT       every switch listens instead, switch n on BASE_PORT+n-1 (as ptcp:PORT);
                                   0 gives each switch a free port
          --listen-address ADDR    the address to listen on (127.0.0.1)
          --transport T            tcp, tls or udp (tcp); udp only with --controller; --tls is --transport tls
          --private-key FILE       TLS: the switches' private key, PKCS#8 PEM (as ovs-vswitchd --private-key)
          --certificate FILE       TLS: the switches' certificate, PEM
          --ca-cert FILE           TLS: the CA the controller's certificate must chain to, PEM
          --ports P                ports per switch, plus LOCAL (4)
          --port-names FORMAT      port name format of switch and port number (s%d-eth%d); LOCAL is s<n>
          --tunnel-port N          also a flow-based VXLAN port N (remote_ip=flow, key=flow) named s<n>-vx
          --mac-base MAC           port MACs are MAC + (switch << 16) + port (02:00:00:00:00:00)
          --version V              OpenFlow version offered: 1.3, 1.0 or both (1.3)
          --dpid-base X            datapath id of switch 1, decimal or 0x hexadecimal; the rest follow (1)
          --connect-rate R         at most R connection attempts per second over the fleet (1000)
          --echo-interval S        seconds of silence before a switch sends an echo request (5)
          --threads T              event loop threads shared by all switches (one per core)
          --duration S             stop after S seconds (default: run until Ctrl-C)
          -h, --help               this text
        A progress line shows while switches connect; a summary is printed on exit, Ctrl-C included. With
        --duration, the exit status is 0 when every switch is handshaken at the end, 1 otherwise.""".strip();

    private static final int DEFAULT_PORT = 6653;
    private static final Duration ECHO_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Parses a command line.
     *
     * @param args the arguments
     * @return the options, or {@code null} when help was asked for
     * @throws IllegalArgumentException with a message for the user
     */
    public static @Nullable EmulateOptions parse(final String... args) {
        final var builder = FleetConfig.builder();
        Integer switches = null;
        InetSocketAddress controller = null;
        Integer listenPort = null;
        InetAddress listenAddress = InetAddress.getLoopbackAddress();
        int ports = PortPlan.DEFAULT.count();
        String portNames = PortPlan.DEFAULT.nameFormat();
        MacAddress macBase = PortPlan.DEFAULT.macBase();
        int tunnelPort = 0;
        Duration duration = null;
        String transport = "tcp";
        final var tlsFiles = new Path[3];
        for (int i = 0; i < args.length; i++) {
            final String arg = args[i];
            if ("-h".equals(arg) || "--help".equals(arg)) {
                return null;
            }
            if ("--tls".equals(arg)) {
                transport = "tls";
                continue;
            }
            final String value = value(args, i);
            i++;
            switch (arg) {
                case "--switches" -> switches = integer(arg, value, 1, Integer.MAX_VALUE);
                case "--controller" -> controller = address(value);
                case "--listen" -> listenPort = integer(arg, value, 0, 0xffff);
                case "--listen-address" -> listenAddress = host(arg, value);
                case "--transport" -> transport = value.toLowerCase(Locale.ROOT);
                case "--private-key" -> tlsFiles[0] = Path.of(value);
                case "--certificate" -> tlsFiles[1] = Path.of(value);
                case "--ca-cert" -> tlsFiles[2] = Path.of(value);
                case "--ports" -> ports = integer(arg, value, 0, PortPlan.MAX_PORTS);
                case "--port-names" -> portNames = value;
                case "--mac-base" -> macBase = mac(value);
                case "--tunnel-port" -> tunnelPort = integer(arg, value, 1, PortPlan.MAX_PORTS);
                case "--version" -> builder.versions(versions(value));
                case "--dpid-base" -> builder.datapathIdBase(datapathId(value));
                case "--connect-rate" -> builder.connectRate(integer(arg, value, 1, Integer.MAX_VALUE));
                case "--echo-interval" -> builder.echo(seconds(arg, value), ECHO_TIMEOUT);
                case "--threads" -> builder.threads(integer(arg, value, 1, 1024));
                case "--duration" -> duration = seconds(arg, value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (switches == null) {
            throw new IllegalArgumentException("--switches is missing");
        }
        if ((controller == null) == (listenPort == null)) {
            throw new IllegalArgumentException("give exactly one of --controller HOST:PORT and --listen BASE_PORT");
        }
        if (controller != null) {
            builder.controller(controller);
        } else {
            builder.listen(listenAddress, listenPort);
        }
        builder.transport(transport(transport, tlsFiles));
        builder.switches(switches).ports(new PortPlan(ports, portNames, PortPlan.DEFAULT.bridgeFormat(), macBase,
            tunnelPort));
        return new EmulateOptions(builder.build(), duration);
    }

    private static SwitchTransport transport(final String name, final Path[] tlsFiles) {
        final boolean anyFile = tlsFiles[0] != null || tlsFiles[1] != null || tlsFiles[2] != null;
        return switch (name) {
            case "tls" -> {
                if (tlsFiles[0] == null || tlsFiles[1] == null || tlsFiles[2] == null) {
                    throw new IllegalArgumentException("TLS needs --private-key, --certificate and --ca-cert");
                }
                yield new SwitchTransport.Tls(tlsFiles[0], tlsFiles[1], tlsFiles[2]);
            }
            case "tcp", "udp" -> {
                if (anyFile) {
                    throw new IllegalArgumentException("--private-key, --certificate and --ca-cert need "
                        + "--transport tls");
                }
                yield "tcp".equals(name) ? SwitchTransport.TCP : SwitchTransport.UDP;
            }
            default -> throw new IllegalArgumentException("--transport must be tcp, tls or udp, not " + name);
        };
    }

    private static String value(final String[] args, final int index) {
        if (index + 1 >= args.length || args[index + 1].isEmpty()) {
            throw new IllegalArgumentException(args[index] + " needs a value");
        }
        return args[index + 1];
    }

    private static int integer(final String option, final String value, final int min, final int max) {
        final int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not " + value, e);
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(option + " must be " + min + " to " + max + ", not " + value);
        }
        return parsed;
    }

    private static Duration seconds(final String option, final String value) {
        final double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number of seconds, not " + value, e);
        }
        if (!(parsed > 0) || parsed > Long.MAX_VALUE / 1e9) {
            throw new IllegalArgumentException(option + " must be a positive number of seconds, not " + value);
        }
        return Duration.ofNanos((long) (parsed * 1e9));
    }

    /**
     * {@code HOST:PORT}, {@code [IPV6]:PORT}, or {@code HOST} alone for port 6653.
     */
    static InetSocketAddress address(final String value) {
        final String host;
        String port = Integer.toString(DEFAULT_PORT);
        if (value.startsWith("[")) {
            final int end = value.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("--controller " + value + ": no closing ]");
            }
            host = value.substring(1, end);
            if (end + 1 < value.length()) {
                if (value.charAt(end + 1) != ':') {
                    throw new IllegalArgumentException("--controller " + value + ": expected :PORT after ]");
                }
                port = value.substring(end + 2);
            }
        } else {
            final int colon = value.lastIndexOf(':');
            if (colon >= 0 && value.indexOf(':') != colon) {
                throw new IllegalArgumentException("--controller " + value + ": write an IPv6 address as [ADDR]:PORT");
            }
            host = colon < 0 ? value : value.substring(0, colon);
            if (colon >= 0) {
                port = value.substring(colon + 1);
            }
        }
        return new InetSocketAddress(host("--controller", host), integer("--controller port", port, 1, 0xffff));
    }

    private static InetAddress host(final String option, final String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + ": unknown host " + value, e);
        }
    }

    private static MacAddress mac(final String value) {
        try {
            return MacAddress.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mac-base: " + e.getMessage(), e);
        }
    }

    private static OfVersion[] versions(final String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1.3", "13", "openflow13" -> new OfVersion[] {OfVersion.OF13};
            case "1.0", "10", "openflow10" -> new OfVersion[] {OfVersion.OF10};
            case "both", "1.0,1.3", "1.3,1.0" -> new OfVersion[] {OfVersion.OF10, OfVersion.OF13};
            default -> throw new IllegalArgumentException("--version must be 1.3, 1.0 or both, not " + value);
        };
    }

    static long datapathId(final String value) {
        try {
            final var lower = value.toLowerCase(Locale.ROOT);
            return lower.startsWith("0x") ? Long.parseUnsignedLong(lower.substring(2), 16)
                : Long.parseUnsignedLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--dpid-base must be a 64-bit number, decimal or 0x hexadecimal, not "
                + value, e);
        }
    }
}
