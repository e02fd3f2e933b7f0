/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.overlay;

import io.tunnelmesh.it.standalone.ControllerProcess;
import io.tunnelmesh.it.standalone.Restconf;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code ./benchmarks/run overlay-e2e [N,N,...] [ports per node]}: overlay convergence end to end. The standalone
 * controller runs as its own JVM, N + 1 emulated nodes ({@code ./tunnelmesh emulate --nodes}) in another; the
 * controller is driven only through RESTCONF. Per N:
 * <ol>
 *   <li>merges of up to {@value #NODES_PER_WRITE} nodes each ({@code PATCH /tunnelmesh:tunnelmesh}) put N nodes
 *       (their {@code ovsdb-address}es the emulated servers); wait until all N switches are handshaken (the
 *       controller set each bridge's controller and datapath id over OVSDB);</li>
 *   <li><b>converge</b>: one write ({@code PUT network=bench}) puts one VXLAN network with all its ports
 *       ({@code ports} per node); the time runs from its answer until every switch holds its final TunnelMesh flows
 *       (cookie mark {@code 0x544d} in the top 16 bits), where "final" means: the network's operational status is
 *       {@code active} (every node has its tunnel port: before that each switch holds only its local flows, as
 *       steady a count as the final one), the flow counts are equal on every node and neither they nor the number of
 *       flow-mods each switch applied (the emulator's {@code mods}) changed for {@value #STABLE_MILLIS} ms, a
 *       {@code reconcile-node} on the first, a middle and the last node answers 0 added, 0 removed, and the switches
 *       are still as they were once those checks answered. Twice: <b>cold</b>, the first flows this controller and
 *       these switches handle since they started (the JIT compiles the path on the way), then, after a
 *       {@code DELETE network=bench} has taken every switch back to its base flows, <b>warm</b>, as a controller
 *       that has been running; the warm time is the headline, the cold one is printed last;</li>
 *   <li><b>join</b>: one write puts node N + 1, waits for its handshake, then one write ({@code PATCH
 *       network=bench}) merges its ports into the network; the time runs from that write's answer until all N + 1
 *       switches hold their final count, checked the same way.</li>
 * </ol>
 * Times are measured by polling the nodes' flow counts every {@value #POLL_MILLIS} ms, so they carry that much
 * resolution (plus the poll's own cost at large N). System properties (in {@code JDK_JAVA_OPTIONS}):
 * {@code nodes.heap} (2g), {@code nodes.threads} (2, the emulator's event loops), {@code nodes.jvm} (more flags),
 * {@code tunnelmesh.controller.jvm}, {@code profile.dir} (flight recordings per phase), {@code controller.console}
 * (the controller's console, saved), {@code progress} (every change the polls see).
 */
// a benchmark reports on standard output
@SuppressWarnings("checkstyle:RegexpSinglelineJava")
public final class OverlayEndToEnd {
    private static final String ROOT = "tunnelmesh:tunnelmesh";
    private static final String PASSWORD = "bench-admin";
    private static final String TUNNELMESH_COOKIE = "544d000000000000 ffff000000000000";
    private static final String NETWORK_HEAD = "{\"tunnelmesh:network\":[{\"name\":\"bench\","
        + "\"encapsulation\":\"tunnelmesh:vxlan\",\"segmentation-id\":5000,\"port\":[";
    private static final long POLL_MILLIS = 50;
    private static final int NODES_PER_WRITE = 1000;
    private static final long STABLE_MILLIS = 2000;
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final BufferedReader nodesOut;
    private final PrintWriter nodesIn;
    private final ProcessHandle nodes;
    private ProcessHandle controller = ProcessHandle.current();
    /** The CPU time of each process when the counts last changed. */
    private Cpu lastChangeCpu = new Cpu(0, 0);

    private OverlayEndToEnd(final Process nodes) {
        this.nodes = nodes.toHandle();
        nodesOut = new BufferedReader(new InputStreamReader(nodes.getInputStream(), StandardCharsets.UTF_8));
        nodesIn = new PrintWriter(new OutputStreamWriter(nodes.getOutputStream(), StandardCharsets.UTF_8), true);
    }

    /** CPU milliseconds of the controller and of the emulated nodes (every thread, the JIT and GC included). */
    private record Cpu(long controller, long nodes) {
        Cpu minus(final Cpu other) {
            return new Cpu(controller - other.controller, nodes - other.nodes);
        }
    }

    private Cpu cpu() {
        return new Cpu(cpuMillis(controller), cpuMillis(nodes));
    }

    private static long cpuMillis(final ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    private static void phase(final String what) {
        System.err.printf(Locale.ROOT, "overlay-e2e: %tT.%<tL %s%n", System.currentTimeMillis(), what);
        final var save = saveConsole;
        if (save != null) {
            save.run();
        }
    }

    /** Saves the controller's console so far where asked ({@code -Dcontroller.console=FILE}, one file per N). */
    private static volatile @Nullable Runnable saveConsole;

    /**
     * Runs the benchmark.
     *
     * @param args {@code [N,N,...] [ports per node]}
     * @throws Exception if a step fails
     */
    public static void main(final String[] args) throws Exception {
        final var sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).map(Integer::parseInt).toList()
            : List.of(10, 100);
        final int ports = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        // the controller's class path as ./tunnelmesh run has it: the standalone jar and its target/lib
        final var standalone = Path.of("standalone", "target").toAbsolutePath();
        final String jar;
        try (var files = Files.list(standalone)) {
            jar = files.map(Path::toString).filter(name -> name.matches(".*/tunnelmesh-standalone-[^/]*[0-9T]\\.jar"))
                .findFirst().orElseThrow(() -> new IOException("no standalone jar in " + standalone));
        }
        final var classpath = Files.createTempFile("controller", ".classpath");
        Files.writeString(classpath, jar + ":" + standalone.resolve("lib") + "/*");
        System.setProperty("tunnelmesh.controller.classpath", classpath.toString());
        System.out.println("overlay-e2e: N, ports/node, converge ms, flows/node, join ms, flows/node after join, "
            + "converge CPU ms controller, nodes (from the network write), join CPU ms controller, nodes (from "
            + "the node write), RSS MB controller, nodes, cold converge ms, cold converge CPU ms controller, nodes");
        for (int size : sizes) {
            System.out.println(run(size, ports));
        }
        System.exit(0);
    }

    /** A JVM heap size such as {@code 12g}, {@code 512m} or {@code 1073741824}, in bytes. */
    private static long parseSize(final String size) {
        final char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        final int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? size : size.substring(0, size.length() - 1)) << shift;
    }

    private static void collect(final ProcessHandle jvm) throws IOException, InterruptedException {
        final var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(jvm.pid()), "GC.run").redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
    }

    private static String run(final int count, final int ports) throws Exception {
        final var javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the fleet's flows live as long as the run: promoted at their first collection, copied once (at N = 300 this
        // cut the nodes' collection pauses from 4.1 s to 1.8 s). The whole heap is touched before the run: a heap
        // growing into memory touched for the first time made single young collections take 9 to 15 s at N = 1,000
        // on a fresh virtual machine (first-touch page faults at ~200-300 MB/s), and the switches froze meanwhile.
        // The young generation is at most 1 GB: each collection copies what was allocated since the last one and
        // lives on (the flows), so a 3 GB one (a third of 12 GB) froze the switches for 5 s at a time, long enough
        // for the controller's OVSDB inactivity probes (5 s, as Open vSwitch's) to give up on hundreds of nodes
        final String heap = System.getProperty("nodes.heap", "2g");
        final long young = Math.min(parseSize(heap) / 3, 1L << 30);
        final var command = new ArrayList<>(List.of(javaBin, "-Xms" + heap, "-Xmx" + heap, "-Xmn" + young,
            "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0"));
        if (Runtime.version().feature() >= 23) {
            // as ./tunnelmesh emulate runs it: without this Netty 4.2 allocates and zeroes its direct buffers through
            // memory segments (initNativeMemory was 15% of the nodes' samples at N = 1,000)
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        }
        final var nodesJvm = System.getProperty("nodes.jvm", "").strip();
        if (!nodesJvm.isEmpty()) {
            command.addAll(List.of(nodesJvm.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
            "io.tunnelmesh.simpleclient.node.EmulateNodesMain", "--nodes", Integer.toString(count + 1), "--vms",
            Integer.toString(ports), "--threads", System.getProperty("nodes.threads", "2")));
        final var nodesProcess = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        final var dataDir = Files.createTempDirectory("overlay-e2e");
        // every node listens before the controller picks its free ports, so that they cannot collide
        final var bench = new OverlayEndToEnd(nodesProcess);
        final var addresses = bench.readAddresses();
        try (var controller = ControllerProcess.start(dataDir, Map.of("TUNNELMESH_ADMIN_PASSWORD", PASSWORD),
                List.of("--ovsdb-manager-port", "0"))) {
            controller.awaitReady(Duration.ofMinutes(6));
            bench.controller = controller.handle();
            final var consoleFile = System.getProperty("controller.console", "").strip();
            saveConsole = consoleFile.isEmpty() ? null : () -> {
                try {
                    Files.writeString(Path.of(consoleFile + "-" + count), controller.console());
                } catch (IOException e) {
                    System.err.println("overlay-e2e: cannot save the console: " + e);
                }
            };
            try {
                phase("controller ready; writing " + count + " nodes");
                final var restconf = new Restconf(controller.restconfPort(), "admin", PASSWORD);
                // the nodes in merges of up to NODES_PER_WRITE each
                for (int first = 1; first <= count; first += NODES_PER_WRITE) {
                    final var batch = new StringJoiner(",", "{\"tunnelmesh:tunnelmesh\":{\"node\":[", "]}}");
                    for (int i = first; i <= Math.min(count, first + NODES_PER_WRITE - 1); i++) {
                        batch.add(node(i, addresses.get(i - 1)));
                    }
                    check(restconf.patch(ROOT, batch.toString()), "PATCH nodes from n" + first);
                }
                bench.awaitHandshaken(count);
                phase(count + " switches handshaken; writing the network with its " + count * ports + " ports");

                // one write: the network with all its ports; the clock starts at its answer. Cold: the first flows
                // this controller and these switches ever handle (the JIT compiles on the way)
                final var cold = bench.converge(restconf, count, ports, "converge-cold-" + count);
                // the network deleted (its flows and tunnel ports go), then written again: warm, as a controller that
                // has been running
                final long removed = bench.timeToConverge(restconf, count, false, () -> check(restconf.delete(ROOT
                    + "/network=bench"), "DELETE network"));
                // the nodes' JVM collects the removed network's flows now, as 1,000 ovs-vswitchd processes would
                // have freed them as they went, rather than in a full collection in the middle of the warm run (at
                // N = 1,000 that froze every emulated switch for 5 to 30 s)
                collect(bench.nodes);
                phase("network removed in " + removed + " ms; nodes collected; writing it again");
                final var warm = bench.converge(restconf, count, ports, "converge-" + count);
                final int flows = bench.counts(count).get(0);
                phase("converged; the join");
                bench.record("join-" + count);
                final var joinStart = bench.cpu();

                check(restconf.put(ROOT + "/node=n" + (count + 1), "{\"tunnelmesh:node\":[" + node(count + 1,
                    addresses.get(count)) + "]}"), "PUT joining node");
                bench.awaitHandshaken(count + 1);
                // one write: the joining node's ports merged into the network
                final long join = bench.timeToConverge(restconf, count + 1, true, () -> check(restconf.patch(ROOT
                    + "/network=bench", network(count + 1, count + 1, ports)), "PATCH the joining node's ports"));
                final var joinCpu = bench.lastChangeCpu.minus(joinStart);
                final int flowsAfter = bench.counts(count + 1).get(0);
                bench.dump("join-" + count);
                phase("joined");
                final long rss = rssKb(controller.handle());
                final long nodesRss = rssKb(bench.nodes);
                bench.nodesIn.println("quit");
                return String.format(Locale.ROOT, "%d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d", count,
                    ports, warm.millis, flows, join, flowsAfter, warm.cpu.controller, warm.cpu.nodes,
                    joinCpu.controller, joinCpu.nodes, rss / 1024, nodesRss / 1024, cold.millis, cold.cpu.controller,
                    cold.cpu.nodes);
            } finally {
                final var save = saveConsole;
                if (save != null) {
                    save.run();
                }
                // what went wrong on the way (a failed run is retried a second later, which shows in the times)
                controller.console().lines().filter(line -> line.contains("WARN") || line.contains("ERROR")
                        || line.contains("Exception: ") || line.startsWith("Caused by"))
                    .limit(60).forEach(line -> System.err.println("overlay-e2e: controller: " + line));
            }
        } finally {
            nodesProcess.destroy();
            nodesProcess.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String node(final int number, final String address) {
        return String.format(Locale.ROOT, "{\"name\":\"n%d\",\"tunnel-ip\":\"10.%d.%d.%d\",\"ovsdb-address\":\"%s\"}",
            number, number >> 16 & 0xff, number >> 8 & 0xff, number & 0xff, address);
    }

    /** The network {@code bench} with the ports of nodes {@code first} to {@code last}. */
    private static String network(final int first, final int last, final int ports) {
        final var body = new StringJoiner(",", NETWORK_HEAD, "]}]}");
        for (int node = first; node <= last; node++) {
            for (int vm = 1; vm <= ports; vm++) {
                body.add(String.format(Locale.ROOT, "{\"name\":\"p%d-%d\",\"node\":\"n%d\",\"interface\":"
                    + "\"vm-%d\",\"mac-address\":\"%s\"}", node, vm, node, vm, mac(node, vm)));
            }
        }
        return body.toString();
    }

    /** As {@code EmulatedNodeConfig.vmMac}: 02:00, the node in 24 bits, the VM in 16. */
    private static String mac(final int node, final int vm) {
        final long bits = 0x02_00_00_00_00_00L | (long) node << 16 | vm;
        final var text = new StringBuilder();
        for (int shift = 40; shift >= 0; shift -= 8) {
            text.append(text.isEmpty() ? "" : ":").append(String.format(Locale.ROOT, "%02x", bits >> shift & 0xff));
        }
        return text.toString();
    }

    /** How long one convergence took, and the CPU it took each process. */
    private record Convergence(long millis, Cpu cpu) {
        // a value
    }

    /** Writes the network with all its ports in one PUT and times the convergence (recorded as {@code name}). */
    private Convergence converge(final Restconf restconf, final int count, final int ports, final String name)
            throws Exception {
        record(name);
        final var start = cpu();
        final long millis = timeToConverge(restconf, count, true, () -> check(restconf.put(ROOT + "/network=bench",
            network(1, count, ports)), "PUT network with its ports"));
        final var used = lastChangeCpu.minus(start);
        dump(name);
        phase("converged in " + millis + " ms");
        return new Convergence(millis, used);
    }

    /** A RESTCONF write, run once the clock starts. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException, InterruptedException;
    }

    /**
     * Runs the write, then polls until the flow counts of the first {@code count} nodes are final and their switches
     * have applied no flow-mod for a while; returns the time from the write's answer to the last poll that saw a
     * count change or a flow-mod applied.
     */
    private long timeToConverge(final Restconf restconf, final int count, final boolean active, final Write write)
            throws Exception {
        final long written = System.nanoTime();
        write.run();
        final long start = System.nanoTime();
        phase("the write answered after " + TimeUnit.NANOSECONDS.toMillis(start - written) + " ms");
        List<Integer> last = counts(count);
        List<Long> lastMods = mods(count);
        long lastChange = System.nanoTime();
        lastChangeCpu = cpu();
        while (true) {
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            final var now = counts(count);
            // a controller rewriting flows (a modify, or a delete and an add in one bundle) leaves their count alone
            final var nowMods = mods(count);
            final long at = System.nanoTime();
            if (!now.equals(last) || !nowMods.equals(lastMods)) {
                if (Boolean.getBoolean("progress")) {
                    phase("counts " + summary(now) + ", " + now.stream().filter(n -> n == 0).count() + " at 0; "
                        + (nowMods.stream().mapToLong(Long::longValue).sum()
                        - lastMods.stream().mapToLong(Long::longValue).sum()) + " mods applied since the last poll");
                }
                last = now;
                lastMods = nowMods;
                lastChange = at;
                lastChangeCpu = cpu();
                continue;
            }
            // the network active: every node has its tunnel port, so the plan is the final one (before that, each
            // switch holds only its local flows, as final-looking a count as any)
            if (at - lastChange >= TimeUnit.MILLISECONDS.toNanos(STABLE_MILLIS) && last.get(0) > 0
                    && last.stream().distinct().count() == 1 && (!active || networkActive(restconf))
                    && reconciled(restconf, count)) {
                // those checks may take seconds (a reconcile-node waits for the node's change in flight): the
                // switches must still be as they were before them
                if (counts(count).equals(last) && mods(count).equals(lastMods)) {
                    return TimeUnit.NANOSECONDS.toMillis(lastChange - start);
                }
                phase("the switches changed while the convergence was checked; polling on");
            }
            if (at - start > LIMIT.toNanos()) {
                throw new IOException("no convergence within " + LIMIT + "; counts " + summary(last));
            }
        }
    }

    /** Whether the network's operational status is {@code active}: every member node has its tunnel port. */
    private static boolean networkActive(final Restconf restconf) throws IOException, InterruptedException {
        final var reply = restconf.get(ROOT + "/network=bench/state?content=nonconfig");
        final var status = reply.body().path("tunnelmesh:state").path("status").asText("");
        if (!"active".equals(status)) {
            if (Boolean.getBoolean("progress")) {
                phase("network not active yet: " + reply.status() + " " + reply.body().path("tunnelmesh:state"));
            }
            return false;
        }
        return true;
    }

    private static boolean reconciled(final Restconf restconf, final int count)
            throws IOException, InterruptedException {
        for (int node : List.of(1, (count + 1) / 2, count)) {
            final var reply = restconf.invoke("tunnelmesh:reconcile-node",
                "{\"tunnelmesh:input\":{\"node\":\"n" + node + "\"}}");
            if (reply.status() / 100 != 2) {
                // such as a switch that reconnected while the fleet was saturated: not converged yet, poll on
                System.err.println("overlay-e2e: reconcile-node n" + node + " answered " + reply.status() + ": "
                    + reply.body());
                return false;
            }
            final var output = reply.body().path("tunnelmesh:output");
            if (output.path("flows-added").asLong(-1) != 0 || output.path("flows-removed").asLong(-1) != 0) {
                System.err.println("overlay-e2e: reconcile-node n" + node + " changed something: " + reply.body());
                return false;
            }
        }
        return true;
    }

    private static String summary(final List<Integer> counts) {
        return counts.stream().distinct().limit(10).map(String::valueOf).toList() + " over " + counts.size()
            + " nodes";
    }

    private List<String> readAddresses() throws IOException {
        final var addresses = new ArrayList<String>();
        for (var line = nodesOut.readLine(); line != null; line = nodesOut.readLine()) {
            if (line.startsWith("node ")) {
                addresses.add(line.split(" ")[2]);
            } else if (line.startsWith("ready")) {
                return addresses;
            }
        }
        throw new IOException("the emulated nodes ended before they were ready");
    }

    private List<Integer> counts(final int count) throws IOException {
        nodesIn.println("flows " + TUNNELMESH_COOKIE);
        final var line = nodesOut.readLine();
        if (line == null || !line.startsWith("flows")) {
            throw new IOException("the emulated nodes answered " + line);
        }
        return Arrays.stream(line.substring("flows".length()).strip().split(" ")).limit(count).map(Integer::parseInt)
            .toList();
    }

    /** How many flow-mods and group-mods each of the first {@code count} switches has applied so far. */
    private List<Long> mods(final int count) throws IOException {
        nodesIn.println("mods");
        final var line = nodesOut.readLine();
        if (line == null || !line.startsWith("mods")) {
            throw new IOException("the emulated nodes answered " + line);
        }
        return Arrays.stream(line.substring("mods".length()).strip().split(" ")).limit(count).map(Long::parseLong)
            .toList();
    }

    private void awaitHandshaken(final int count) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            nodesIn.println("status");
            final var line = nodesOut.readLine();
            if (line == null) {
                throw new IOException("the emulated nodes ended");
            }
            final var words = line.split(" ");
            if (Integer.parseInt(words[3]) >= count) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        throw new IOException(count + " switches not handshaken within " + LIMIT);
    }

    /**
     * With {@code -Dprofile.dir=DIR}: starts a flight recording (settings {@code profile}) named {@code name} in the
     * controller and in the nodes.
     */
    private void record(final String name) throws IOException, InterruptedException {
        if (System.getProperty("profile.dir") != null) {
            for (var process : List.of(controller, nodes)) {
                jcmd(process, "JFR.start", "name=" + name, "settings=profile");
            }
        }
    }

    /** Dumps and stops the recordings of {@link #record} to DIR/NAME-controller.jfr and DIR/NAME-nodes.jfr. */
    private void dump(final String name) throws IOException, InterruptedException {
        final var dir = System.getProperty("profile.dir");
        if (dir != null) {
            jcmd(controller, "JFR.stop", "name=" + name, "filename=" + Path.of(dir, name + "-controller.jfr"));
            jcmd(nodes, "JFR.stop", "name=" + name, "filename=" + Path.of(dir, name + "-nodes.jfr"));
        }
    }

    private static void jcmd(final ProcessHandle process, final String... command)
            throws IOException, InterruptedException {
        final var line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
            Long.toString(process.pid())));
        line.addAll(List.of(command));
        new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
    }

    /** The resident set of a process on Linux, in KiB; -1 elsewhere. */
    private static long rssKb(final ProcessHandle process) {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void check(final Restconf.Reply reply, final String what) throws IOException {
        if (reply.status() / 100 != 2) {
            throw new IOException(what + " answered " + reply.status() + ": " + reply.body());
        }
    }
}
