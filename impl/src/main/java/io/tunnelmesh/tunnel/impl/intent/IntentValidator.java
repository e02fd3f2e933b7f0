/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static io.tunnelmesh.tunnel.impl.intent.IntentViolation.Kind.DATA_EXISTS;
import static io.tunnelmesh.tunnel.impl.intent.IntentViolation.Kind.DATA_MISSING;
import static io.tunnelmesh.tunnel.impl.intent.IntentViolation.Kind.INVALID_VALUE;

import com.google.common.net.InetAddresses;
import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The rules an intent must follow beyond what YANG itself states. Pure: it looks at the tree as it would be after the
 * commit, and lists every rule it breaks, in a stable order (segment ranges, nodes, networks, ports). When two objects
 * clash, the one the commit changes is blamed: objects unchanged from the tree before the commit claim their values
 * first, then the others in name order.
 *
 * <ul>
 *   <li>A segment range fits its encapsulation's width, has {@code min <= max}, and overlaps no other range of the
 *       same encapsulation.</li>
 *   <li>No two nodes share a tunnel IP (compared as addresses: {@code 2001:db8::1} equals
 *       {@code 2001:DB8:0::1}).</li>
 *   <li>A network's segmentation-id fits its encapsulation's width and no other network of the same encapsulation
 *       uses it.</li>
 *   <li>A port names a configured node; within a network no two ports share a MAC address; on a node no two ports
 *       share an interface.</li>
 * </ul>
 */
public final class IntentValidator {
    private static final Comparator<SegmentRange> BY_MIN = (left, right) -> Long.compareUnsigned(left.min(),
        right.min());

    private IntentValidator() {
        // static methods only
    }

    /**
     * Lists the rules an intent breaks.
     *
     * @param intent the intent, as it would be after the commit
     * @return the violations, empty when the intent is valid
     */
    public static List<IntentViolation> validate(final Intent intent) {
        return validate(intent, Intent.EMPTY);
    }

    /**
     * Lists the rules an intent breaks, blaming what changed since {@code before}.
     *
     * @param intent the intent, as it would be after the commit
     * @param before the intent before the commit
     * @return the violations, empty when the intent is valid
     */
    public static List<IntentViolation> validate(final Intent intent, final Intent before) {
        return validate(intent, before, Map.of());
    }

    /**
     * Lists the rules an intent breaks, blaming what changed since {@code before}, and refusing explicit segment IDs
     * that TunnelMesh has allocated to another network (a network's segment must not change under its traffic).
     *
     * @param intent the intent, as it would be after the commit
     * @param before the intent before the commit
     * @param allocated the segment IDs allocated to networks without an explicit one, by network name
     * @return the violations, empty when the intent is valid
     */
    public static List<IntentViolation> validate(final Intent intent, final Intent before,
            final Map<String, ? extends AllocatedSegment> allocated) {
        final var violations = new ArrayList<IntentViolation>();
        checkSegmentRanges(intent, violations);
        checkNodes(intent, before, violations);
        checkNetworks(intent, before, violations);
        checkAllocated(intent, allocated, violations);
        checkPorts(intent, before, violations);
        return violations;
    }

    /**
     * A segment ID TunnelMesh allocated to a network.
     */
    public interface AllocatedSegment {
        /**
         * The network holding the ID.
         *
         * @return its name
         */
        String network();

        /**
         * The network's encapsulation when the ID was allocated.
         *
         * @return the encapsulation
         */
        Encapsulation encapsulation();

        /**
         * The ID, unsigned.
         *
         * @return the ID
         */
        long segmentId();
    }

    private static void checkAllocated(final Intent intent, final Map<String, ? extends AllocatedSegment> allocated,
            final List<IntentViolation> violations) {
        final var holders = new EnumMap<Encapsulation, Map<Long, String>>(Encapsulation.class);
        for (var allocation : allocated.values()) {
            final var holder = intent.networks().get(allocation.network());
            // an allocation still counts while its network exists without an ID of its own
            if (holder != null && holder.segmentationId() == null
                    && holder.encapsulation() == allocation.encapsulation()) {
                holders.computeIfAbsent(allocation.encapsulation(), unused -> new HashMap<>())
                    .put(allocation.segmentId(), allocation.network());
            }
        }
        for (var network : sortedByName(intent.networks())) {
            final var id = network.segmentationId();
            if (id == null) {
                continue;
            }
            final var holder = holders.getOrDefault(network.encapsulation(), Map.of()).get(id);
            if (holder != null && !holder.equals(network.name())) {
                violations.add(new IntentViolation(DATA_EXISTS, "network " + network.name() + ": segmentation-id "
                    + Long.toUnsignedString(id) + " is allocated to " + network.encapsulation().yangName()
                    + " network " + holder + "; choose another"));
            }
        }
    }

    private static void checkSegmentRanges(final Intent intent, final List<IntentViolation> violations) {
        final var byEncapsulation = new EnumMap<Encapsulation, List<SegmentRange>>(Encapsulation.class);
        for (var range : intent.segmentRanges()) {
            final var encapsulation = range.encapsulation();
            if (!encapsulation.isValidSegmentId(range.min()) || !encapsulation.isValidSegmentId(range.max())) {
                violations.add(new IntentViolation(INVALID_VALUE, "segment-range " + range + " does not fit "
                    + widthOf(encapsulation)));
            } else if (Long.compareUnsigned(range.min(), range.max()) > 0) {
                violations.add(new IntentViolation(INVALID_VALUE, "segment-range " + range
                    + " is empty: max is below min"));
            } else {
                byEncapsulation.computeIfAbsent(encapsulation, unused -> new ArrayList<>()).add(range);
            }
        }
        for (var ranges : byEncapsulation.values()) {
            ranges.sort(BY_MIN);
            // sorted by min: each range only needs comparing with the furthest-reaching range before it
            var reach = ranges.getFirst();
            for (var range : ranges.subList(1, ranges.size())) {
                if (range.overlaps(reach)) {
                    violations.add(new IntentViolation(INVALID_VALUE, "segment-range " + range
                        + " overlaps segment-range " + reach));
                }
                if (Long.compareUnsigned(range.max(), reach.max()) > 0) {
                    reach = range;
                }
            }
        }
    }

    private static void checkNodes(final Intent intent, final Intent before,
            final List<IntentViolation> violations) {
        final var byAddress = new HashMap<String, String>();
        for (var node : unchangedFirst(intent.nodes(), before.nodes(), NodeIntent::equals)) {
            final var previous = byAddress.putIfAbsent(canonicalAddress(node.tunnelIp()), node.name());
            if (previous != null) {
                violations.add(new IntentViolation(DATA_EXISTS, "node " + node.name() + ": tunnel-ip "
                    + node.tunnelIp() + " is already the tunnel-ip of node " + previous));
            }
        }
    }

    private static void checkNetworks(final Intent intent, final Intent before,
            final List<IntentViolation> violations) {
        final var users = new EnumMap<Encapsulation, Map<Long, String>>(Encapsulation.class);
        for (var network : unchangedFirst(intent.networks(), before.networks(), IntentValidator::sameSegment)) {
            final var segmentationId = network.segmentationId();
            if (segmentationId == null) {
                continue;
            }
            final var encapsulation = network.encapsulation();
            final var id = Long.toUnsignedString(segmentationId);
            if (!encapsulation.isValidSegmentId(segmentationId)) {
                violations.add(new IntentViolation(INVALID_VALUE, "network " + network.name() + ": segmentation-id "
                    + id + " does not fit " + widthOf(encapsulation)));
                continue;
            }
            final var previous = users.computeIfAbsent(encapsulation, unused -> new HashMap<>())
                .putIfAbsent(segmentationId, network.name());
            if (previous != null) {
                violations.add(new IntentViolation(DATA_EXISTS, "network " + network.name() + ": segmentation-id "
                    + id + " is already used by " + encapsulation.yangName() + " network " + previous));
            }
        }
    }

    private static void checkPorts(final Intent intent, final Intent before,
            final List<IntentViolation> violations) {
        // node name -> interface -> "port P of network N"
        final var interfaces = new HashMap<String, Map<String, String>>();
        final var portsBefore = new HashMap<String, PortIntent>();
        for (var network : before.networks().values()) {
            network.ports().values().forEach(port -> portsBefore.put(network.name() + '/' + port.name(), port));
        }
        final var ports = new ArrayList<Map.Entry<String, PortIntent>>();
        for (var network : sortedByName(intent.networks())) {
            for (var port : sortedByName(network.ports())) {
                ports.add(Map.entry(network.name(), port));
            }
        }
        // ports unchanged by the commit claim their MAC and interface first
        ports.sort(Comparator.comparing(entry -> !entry.getValue()
            .equals(portsBefore.get(entry.getKey() + '/' + entry.getValue().name()))));
        final var macsByNetwork = new HashMap<String, Map<String, String>>();
        for (var entry : ports) {
            final var network = entry.getKey();
            final var port = entry.getValue();
            final var macs = macsByNetwork.computeIfAbsent(network, unused -> new HashMap<>());
            final var where = "port " + port.name() + " of network " + network;
            if (!intent.nodes().containsKey(port.node())) {
                violations.add(new IntentViolation(DATA_MISSING, before.nodes().containsKey(port.node())
                    ? "node " + port.node() + " is still used by " + where + "; delete or move the port first"
                    : where + ": node " + port.node() + " is not configured; create /tunnelmesh:tunnelmesh/node="
                        + port.node() + " first"));
                continue;
            }
            final var mac = port.macAddress().toLowerCase(Locale.ROOT);
            final var macOwner = macs.putIfAbsent(mac, port.name());
            if (macOwner != null) {
                violations.add(new IntentViolation(DATA_EXISTS, where + ": mac-address " + port.macAddress()
                    + " is already used by port " + macOwner + " of the same network"));
            }
            final var ifaceOwner = interfaces.computeIfAbsent(port.node(), unused -> new HashMap<>())
                .putIfAbsent(port.iface(), where);
            if (ifaceOwner != null) {
                violations.add(new IntentViolation(DATA_EXISTS, where + ": interface " + port.iface()
                    + " on node " + port.node() + " is already attached as " + ifaceOwner));
            }
        }
    }

    private static boolean sameSegment(final NetworkIntent network, final NetworkIntent before) {
        return network.encapsulation() == before.encapsulation()
            && Objects.equals(network.segmentationId(), before.segmentationId());
    }

    /**
     * The values of a map, those equal (by {@code same}) to their namesake in {@code before} first, each group in name
     * order.
     */
    private static <T> List<T> unchangedFirst(final Map<String, T> byName, final Map<String, T> before,
            final BiPredicate<T, T> same) {
        final var unchanged = new ArrayList<T>();
        final var changed = new ArrayList<T>();
        for (var entry : byName.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            final var previous = before.get(entry.getKey());
            (previous != null && same.test(entry.getValue(), previous) ? unchanged : changed).add(entry.getValue());
        }
        unchanged.addAll(changed);
        return unchanged;
    }

    private static String widthOf(final Encapsulation encapsulation) {
        return "the " + encapsulation.segmentBits() + "-bit segment ID of " + encapsulation.yangName() + " (1.."
            + Long.toUnsignedString(encapsulation.maxSegmentId()) + ")";
    }

    /**
     * An IP address in one canonical text form, so that two spellings of the same address compare equal. A zone
     * index ({@code fe80::1%eth0}) is kept, as two zones make two addresses.
     */
    static String canonicalAddress(final String address) {
        final int percent = address.indexOf('%');
        final var bare = percent < 0 ? address : address.substring(0, percent);
        final var zone = percent < 0 ? "" : address.substring(percent);
        if (!InetAddresses.isInetAddress(bare)) {
            return address.toLowerCase(Locale.ROOT);
        }
        return InetAddresses.toAddrString(InetAddresses.forString(bare)) + zone;
    }

    private static <T> List<T> sortedByName(final Map<String, T> byName) {
        return byName.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(Map.Entry::getValue)
            .toList();
    }
}
