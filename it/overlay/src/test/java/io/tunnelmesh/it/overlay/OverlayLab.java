/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Two hypervisor hosts of real Open vSwitch in Linux network namespaces, with VMs, for tests that drive the
 * controller the way production does: the controller runs in the root namespace and reaches each host only over its
 * management link.
 *
 * <pre>
 *  root namespace (controller)
 *   pfx+"mA" 169.254.N.1/30 ----------------------------- pfx+"mB" 169.254.N.5/30
 *      |                                                     |
 *   +- mgmt0 169.254.N.2/30 ------+              +- mgmt0 169.254.N.6/30 ------+
 *   | host A (netns pfx+"hA")     |              | host B (netns pfx+"hB")     |
 *   |  ovsdb-server ptcp:6640     |              |  ovsdb-server ptcp:6640     |
 *   |  ovs-vswitchd (netdev)      |              |  ovs-vswitchd (netdev)      |
 *   |  br-int: vm-NAME, tunnels   |              |  br-int: vm-NAME, tunnels   |
 *   |  br-phy 172.31.0.1/24       |              |  br-phy 172.31.0.2/24       |
 *   |   +- underlay0 ======================================= underlay0 -+      |
 *   +-----------------------------+              +-----------------------------+
 *       | vm-NAME (veth)                             | vm-NAME (veth)
 *   VM netns pfx+"v"+NAME: eth0 (mac, ip)        VM netns pfx+"v"+NAME: eth0
 * </pre>
 *
 * <p>Every name starts with a prefix unique to the lab ({@code tm} and four random hex digits), so labs running in
 * parallel or left over never clash. The only thing created in the root namespace is each host's management veth
 * end; everything else lives in namespaces the lab created. {@link #close()} (and a JVM shutdown hook, if the test
 * run is killed) stops every daemon by the PID the lab started, deletes every namespace and veth it created, and
 * deletes its directory unless {@link #keepFiles()} was called.
 */
public final class OverlayLab implements AutoCloseable {
    /** The TCP port where each host's {@code ovsdb-server} listens on its management address. */
    public static final int OVSDB_PORT = 6640;
    /** The integration bridge, where VMs and tunnels are plugged. */
    public static final String INTEGRATION_BRIDGE = "br-int";
    /** The underlay bridge, holding the underlay link and carrying the host's tunnel endpoint address. */
    public static final String UNDERLAY_BRIDGE = "br-phy";

    private static final String UNDERLAY_LINK = "underlay0";
    private static final String MGMT_LINK = "mgmt0";
    private static final Pattern VM_NAME = Pattern.compile("[a-z0-9]{1,8}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final System.Logger LOG = System.getLogger(OverlayLab.class.getName());

    private final String prefix;
    private final Path dir;
    private final int mgmtOctet;
    private final Map<LabHost, OvsHost> hosts = new EnumMap<>(LabHost.class);
    private final List<String> namespaces = Collections.synchronizedList(new ArrayList<>());
    private final List<String> rootLinks = Collections.synchronizedList(new ArrayList<>());
    private final Thread shutdownHook = new Thread(this::cleanUp, "overlay-lab-cleanup");
    private volatile boolean keepFiles;
    private boolean closed;

    private OverlayLab(final String prefix, final Path dir, final int mgmtOctet) {
        this.prefix = prefix;
        this.dir = dir;
        this.mgmtOctet = mgmtOctet;
    }

    /**
     * Builds the lab: both hosts with their daemons, management links, underlay and bridges; no VMs yet.
     *
     * @return the running lab
     * @throws IOException naming the failed command if any step fails (what was built is torn down again)
     */
    @SuppressWarnings("checkstyle:IllegalCatch") // whatever fails while building, nothing may be left behind
    public static OverlayLab start() throws IOException {
        final String prefix = freePrefix();
        final var lab = new OverlayLab(prefix, Files.createTempDirectory("tunnelmesh-overlay-" + prefix + "-"),
            freeManagementOctet());
        Runtime.getRuntime().addShutdownHook(lab.shutdownHook);
        try {
            lab.build();
        } catch (IOException | RuntimeException e) {
            lab.keepFiles();
            lab.close();
            throw e;
        }
        return lab;
    }

    private void build() throws IOException {
        for (var host : LabHost.values()) {
            final String namespace = createNamespace(prefix + "h" + host);
            final String rootEnd = prefix + "m" + host;
            ip("link", "add", rootEnd, "type", "veth", "peer", "name", MGMT_LINK, "netns", namespace);
            rootLinks.add(rootEnd);
            ip("address", "add", controllerAddress(host) + "/30", "dev", rootEnd);
            ip("link", "set", rootEnd, "up");
            ip("-n", namespace, "address", "add", mgmtAddress(host) + "/30", "dev", MGMT_LINK);
            ip("-n", namespace, "link", "set", MGMT_LINK, "up");
            final var hostDir = Files.createDirectory(dir.resolve(host.name()));
            hosts.put(host, new OvsHost(namespace, hostDir, mgmtAddress(host)));
        }
        ip("link", "add", UNDERLAY_LINK, "netns", namespace(LabHost.A), "type", "veth", "peer", "name", UNDERLAY_LINK,
            "netns", namespace(LabHost.B));
        for (var host : LabHost.values()) {
            final var ovs = hosts.get(host);
            ovs.start();
            ovs.vsctl("add-br", UNDERLAY_BRIDGE, "--", "set", "bridge", UNDERLAY_BRIDGE, "datapath_type=netdev",
                "fail_mode=standalone", "--", "add-port", UNDERLAY_BRIDGE, UNDERLAY_LINK);
            ip("-n", ovs.namespace(), "link", "set", UNDERLAY_LINK, "up");
            assignTunnelIp(host);
        }
    }

    /**
     * Puts the host's tunnel endpoint address on {@code br-phy}'s internal (tap) device and brings it up: the
     * userspace tunnelling recipe, where {@code ovs-vswitchd} resolves the far endpoint over {@code br-phy}. The tap
     * device lives only while {@code ovs-vswitchd} does, so a restart needs this again, as a host's network
     * configuration would do.
     */
    private void assignTunnelIp(final LabHost host) throws IOException {
        final var namespace = namespace(host);
        ip("-n", namespace, "address", "replace", tunnelIp(host) + "/24", "dev", UNDERLAY_BRIDGE);
        ip("-n", namespace, "link", "set", UNDERLAY_BRIDGE, "up");
    }

    private String createNamespace(final String name) throws IOException {
        ip("netns", "add", name);
        namespaces.add(name);
        ip("-n", name, "link", "set", "lo", "up");
        return name;
    }

    /**
     * Adds a VM on a host: a namespace {@code <prefix>v<name>} whose {@code eth0} (given MAC and address, up) is a
     * veth pair's far end; the near end, {@code vm-<name>}, is plugged into the host's {@code br-int}, created as a
     * netdev bridge if it does not exist yet. An existing {@code br-int} keeps its fail mode, controller and
     * protocols: the hypervisor plugs VM ports, the controller owns the bridge's settings.
     *
     * @param host the host
     * @param name up to 8 lowercase letters and digits
     * @param mac the MAC address of the VM's interface
     * @param ipCidr the VM's address with prefix length, such as {@code 10.0.0.1/24}
     * @return the VM; its {@link Vm#port()} is its interface on {@code br-int}
     * @throws IOException naming the failed command
     */
    public Vm addVm(final LabHost host, final String name, final String mac, final String ipCidr)
            throws IOException {
        if (!VM_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("VM name must be 1 to 8 lowercase letters or digits: " + name);
        }
        final var vm = new Vm(name, host, createNamespace(prefix + "v" + name), "vm-" + name, mac, ipCidr);
        ip("link", "add", vm.port(), "netns", namespace(host), "type", "veth", "peer", "name", Vm.INTERFACE,
            "netns", vm.namespace());
        ip("-n", vm.namespace(), "link", "set", Vm.INTERFACE, "address", mac);
        ip("-n", vm.namespace(), "address", "add", ipCidr, "dev", Vm.INTERFACE);
        ip("-n", vm.namespace(), "link", "set", Vm.INTERFACE, "up");
        ip("-n", namespace(host), "link", "set", vm.port(), "up");
        vsctl(host, "--may-exist", "add-br", INTEGRATION_BRIDGE, "--", "set", "bridge", INTEGRATION_BRIDGE,
            "datapath_type=netdev", "--", "add-port", INTEGRATION_BRIDGE, vm.port());
        return vm;
    }

    /**
     * Runs {@code ovs-vsctl} against the host's database.
     *
     * @param host the host
     * @param args the arguments, such as {@code add-port br-int vxlan0 -- set interface vxlan0 type=vxlan}
     * @return the output
     * @throws IOException naming the command, exit status and standard error if it fails
     */
    public String vsctl(final LabHost host, final String... args) throws IOException {
        return hosts.get(host).vsctl(args);
    }

    /**
     * Runs {@code ovs-ofctl -O OpenFlow13} against the host's {@code br-int} through its management socket (what the
     * switch really holds, whatever controller is connected).
     *
     * @param host the host
     * @param command such as {@code add-flow} or {@code dump-flows}
     * @param args what follows the bridge on the command line, such as a flow
     * @return the output
     * @throws IOException naming the command, exit status and standard error if it fails
     */
    public String ofctl(final LabHost host, final String command, final String... args) throws IOException {
        return hosts.get(host).ofctl(INTEGRATION_BRIDGE, command, args);
    }

    /**
     * The flows of a bridge of a host, as {@code ovs-ofctl -O OpenFlow13 dump-flows} prints them.
     *
     * @param host the host
     * @param bridge such as {@link #INTEGRATION_BRIDGE}
     * @return the flow dump
     * @throws IOException if ovs-ofctl fails
     */
    public String dumpFlows(final LabHost host, final String bridge) throws IOException {
        return hosts.get(host).ofctl(bridge, "dump-flows");
    }

    /**
     * Runs {@code ovs-appctl} against the host's {@code ovs-vswitchd}, such as {@code ofproto/trace br-int FLOW},
     * {@code tnl/neigh/show}, {@code ovs/route/show} or {@code dpctl/dump-flows}.
     *
     * @param host the host
     * @param args the command and its arguments
     * @return the output
     * @throws IOException if ovs-appctl fails
     */
    public String appctl(final LabHost host, final String... args) throws IOException {
        return hosts.get(host).appctl(args);
    }

    /**
     * The OpenFlow port number of an interface, as the host's database records it.
     *
     * @param host the host
     * @param iface the interface, such as a VM's {@link Vm#port()} or a tunnel port
     * @return its {@code ofport}
     * @throws IOException if the interface has none
     */
    public int ofport(final LabHost host, final String iface) throws IOException {
        final String ofport = vsctl(host, "get", "Interface", iface, "ofport").strip();
        try {
            return Integer.parseInt(ofport);
        } catch (NumberFormatException e) {
            throw new IOException("interface " + iface + " on host " + host + " has no ofport: " + ofport, e);
        }
    }

    /**
     * Pings from a VM.
     *
     * @param vm the VM sending
     * @param ip the address to ping
     * @param count how many replies are needed
     * @param timeout how long at most (whole seconds, at least one)
     * @return whether {@code count} replies came within the timeout
     * @throws IOException if ping cannot run at all (exit status 2: no route, bad address)
     */
    public boolean ping(final Vm vm, final String ip, final int count, final Duration timeout) throws IOException {
        final var command = List.of("ip", "netns", "exec", vm.namespace(), "ping", "-n", "-q", "-i", "0.2",
            "-c", Integer.toString(count), "-W", "1", "-w", Long.toString(Math.max(1, timeout.toSeconds())), ip);
        final var result = Command.exec(command, Map.of());
        if (result.exitCode() > 1) {
            throw new IOException("'" + String.join(" ", command) + "' exited " + result.exitCode() + ": "
                + result.stderr().strip());
        }
        return result.exitCode() == 0;
    }

    /**
     * The MAC address a VM's neighbour table holds for an address: whom it has heard from (or resolved) there.
     *
     * @param vm the VM
     * @param ip the neighbour's address
     * @return the MAC address, if the VM has an entry with one
     * @throws IOException if {@code ip neigh} fails
     */
    public Optional<String> neighbourMac(final Vm vm, final String ip) throws IOException {
        final var words = inVm(vm, "ip", "neigh", "show", ip, "dev", Vm.INTERFACE).strip().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if ("lladdr".equals(words[i])) {
                return Optional.of(words[i + 1]);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a command inside a VM's namespace.
     *
     * @param vm the VM
     * @param command the command line
     * @return its output
     * @throws IOException naming the command, exit status and standard error if it fails
     */
    public String inVm(final Vm vm, final String... command) throws IOException {
        final var line = new ArrayList<>(List.of("ip", "netns", "exec", vm.namespace()));
        line.addAll(List.of(command));
        return Command.run(line);
    }

    /**
     * Runs a command inside a host's namespace.
     *
     * @param host the host
     * @param command the command line
     * @return its output
     * @throws IOException naming the command, exit status and standard error if it fails
     */
    public String inHost(final LabHost host, final String... command) throws IOException {
        return hosts.get(host).exec(command);
    }

    /**
     * Restarts the host's {@code ovs-vswitchd} (SIGTERM, then started again on the same database) and puts the
     * tunnel endpoint address back on {@code br-phy}. Bridges and ports come back from the database; flows do not
     * (OVS keeps them only in memory) until a controller or the test installs them again.
     *
     * @param host the host
     * @throws IOException if it does not come back
     */
    public void restartVswitchd(final LabHost host) throws IOException {
        hosts.get(host).restartVswitchd();
        assignTunnelIp(host);
    }

    /**
     * Kills the host's {@code ovsdb-server} with SIGKILL and starts it again on the same database file with the same
     * remotes (the Unix socket, {@code ptcp:6640:} on {@link #mgmtAddress}, the database's manager options).
     *
     * @param host the host
     * @throws IOException if it does not come back
     */
    public void killAndRestartOvsdb(final LabHost host) throws IOException {
        hosts.get(host).killAndRestartOvsdb();
    }

    /**
     * The host-side management address, where the controller dials {@code tcp:ADDRESS:6640}.
     *
     * @param host the host
     * @return {@code 169.254.N.2} for A, {@code 169.254.N.6} for B
     */
    public String mgmtAddress(final LabHost host) {
        return "169.254." + mgmtOctet + "." + (host.ordinal() * 4 + 2);
    }

    /**
     * The root-namespace end of the host's management link: the address the host's switch reaches the controller's
     * OpenFlow port at (a controller listening on the wildcard address is reachable there too).
     *
     * @param host the host
     * @return {@code 169.254.N.1} for A, {@code 169.254.N.5} for B
     */
    public String controllerAddress(final LabHost host) {
        return "169.254." + mgmtOctet + "." + (host.ordinal() * 4 + 1);
    }

    /**
     * The host's tunnel endpoint address, on its {@code br-phy}. It exists only inside the hosts' namespaces, so it
     * is the same in every lab.
     *
     * @param host the host
     * @return {@code 172.31.0.1} for A, {@code 172.31.0.2} for B
     */
    public String tunnelIp(final LabHost host) {
        return "172.31.0." + (host.ordinal() + 1);
    }

    /**
     * The host's network namespace, for {@code ip netns exec}.
     *
     * @param host the host
     * @return {@code <prefix>hA} or {@code <prefix>hB}
     */
    public String namespace(final LabHost host) {
        return prefix + "h" + host;
    }

    /**
     * The prefix of every name this lab creates.
     *
     * @return {@code tm} and four hex digits
     */
    public String prefix() {
        return prefix;
    }

    /**
     * The lab's directory: per host, the database, sockets, pid files and the daemons' logs.
     *
     * @return the directory
     */
    public Path directory() {
        return dir;
    }

    /**
     * Keeps the lab's directory on {@link #close()}, for the logs of a failed test.
     */
    public void keepFiles() {
        keepFiles = true;
    }

    @Override
    public void close() {
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs cleanUp, which has already happened
        }
    }

    private synchronized void cleanUp() {
        if (closed) {
            return;
        }
        closed = true;
        final var problems = new ArrayList<String>();
        for (var host : hosts.values()) {
            try {
                host.stop();
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        // deleting a veth deletes its peer; namespaces take the rest (underlay and VM links) with them
        for (var link : List.copyOf(rootLinks)) {
            bestEffort(problems, "link", "delete", link);
        }
        for (var namespace : List.copyOf(namespaces).reversed()) {
            bestEffort(problems, "netns", "delete", namespace);
        }
        if (keepFiles || !problems.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "overlay lab " + prefix + ": logs kept in " + dir
                + (problems.isEmpty() ? "" : "; cleaning up failed: " + problems));
        } else {
            deleteDirectory();
        }
    }

    private static void bestEffort(final List<String> problems, final String... args) {
        try {
            ip(args);
        } catch (IOException e) {
            problems.add(e.getMessage());
        }
    }

    private void deleteDirectory() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "overlay lab " + prefix + ": cannot delete " + dir, e);
        }
    }

    private static String ip(final String... args) throws IOException {
        final var command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        return Command.run(command);
    }

    /** A prefix no existing namespace or root-namespace link starts with. */
    private static String freePrefix() throws IOException {
        final String taken = ip("netns", "list") + ip("-o", "link", "show");
        while (true) {
            final var prefix = "tm" + HexFormat.of().toHexDigits((short) RANDOM.nextInt());
            if (!taken.contains(prefix)) {
                return prefix;
            }
        }
    }

    /**
     * A third octet N such that no address or route of the root namespace is in 169.254.N.0/24: the lab's two
     * management /30 subnets live there. Never 169 (169.254.169.254 is the cloud metadata address), 0 or 255
     * (reserved by RFC 3927 section 2.1).
     */
    private static int freeManagementOctet() throws IOException {
        final String taken = ip("-4", "-o", "address", "show") + ip("-4", "route", "show", "table", "all");
        final Set<Integer> used = Pattern.compile("169\\.254\\.(\\d+)\\.").matcher(taken).results()
            .map(m -> Integer.parseInt(m.group(1))).collect(Collectors.toSet());
        for (int attempt = 0; attempt < 1000; attempt++) {
            final int octet = 1 + RANDOM.nextInt(254);
            if (octet != 169 && !used.contains(octet)) {
                return octet;
            }
        }
        throw new IOException("no free 169.254.N.0/24 for the management links; in use: " + used);
    }
}
