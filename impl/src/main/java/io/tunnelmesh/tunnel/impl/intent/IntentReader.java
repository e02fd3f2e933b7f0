/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Tunnelmesh;
import org.opendaylight.yang.svc.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.YangModuleInfoImpl;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;

/**
 * Reads {@code /tunnelmesh:tunnelmesh} from its normalized (DOM) form into an {@link Intent}, applying the YANG
 * defaults the datastore does not store ({@code bridge "br-int"}, {@code encapsulation vxlan}).
 *
 * <p>Working on the DOM form lets the commit cohort and the listeners see exactly what the datastore holds, with no
 * binding codec in between. The data has passed the datastore's schema validation, so a type that does not match
 * the model is a programming error and is reported as {@link IllegalArgumentException}.
 */
public final class IntentReader {
    /** Path of the configuration root. */
    public static final YangInstanceIdentifier PATH = YangInstanceIdentifier.of(Tunnelmesh.QNAME);

    private static final NodeIdentifier SEGMENT_RANGE = id("segment-range");
    private static final NodeIdentifier NODE = id("node");
    private static final NodeIdentifier NETWORK = id("network");
    private static final NodeIdentifier PORT = id("port");
    private static final NodeIdentifier NAME = id("name");
    private static final NodeIdentifier ENCAPSULATION = id("encapsulation");
    private static final NodeIdentifier MIN = id("min");
    private static final NodeIdentifier MAX = id("max");
    private static final NodeIdentifier TUNNEL_IP = id("tunnel-ip");
    private static final NodeIdentifier OVSDB_ADDRESS = id("ovsdb-address");
    private static final NodeIdentifier BRIDGE = id("bridge");
    private static final NodeIdentifier TRANSPORT_ZONE = id("transport-zone");
    private static final NodeIdentifier DATAPATH_TYPE = id("datapath-type");
    private static final NodeIdentifier OPENFLOW_CONTROLLER = id("openflow-controller");
    private static final NodeIdentifier SEGMENTATION_ID = id("segmentation-id");
    private static final NodeIdentifier NODE_REF = id("node");
    private static final NodeIdentifier INTERFACE = id("interface");
    private static final NodeIdentifier MAC_ADDRESS = id("mac-address");
    private static final NodeIdentifier IP_ADDRESS = id("ip-address");

    private IntentReader() {
        // static methods only
    }

    /**
     * Reads the configuration root.
     *
     * @param root the {@code tunnelmesh} container, or null when the tree is absent
     * @return the intent; {@link Intent#EMPTY} for an absent tree
     * @throws IllegalArgumentException if the data does not follow the model
     */
    public static Intent read(final @Nullable NormalizedNode root) {
        if (root == null) {
            return Intent.EMPTY;
        }
        final var container = cast(DataContainerNode.class, root);
        final var ranges = new ArrayList<SegmentRange>();
        for (var entry : entries(container, SEGMENT_RANGE)) {
            ranges.add(new SegmentRange(encapsulation(requiredLeaf(entry, ENCAPSULATION)),
                unsigned(requiredLeaf(entry, MIN)), unsigned(requiredLeaf(entry, MAX))));
        }
        final var nodes = new HashMap<String, NodeIntent>();
        for (var entry : entries(container, NODE)) {
            final var name = string(requiredLeaf(entry, NAME));
            final var bridge = leaf(entry, BRIDGE);
            nodes.put(name, new NodeIntent(name, string(requiredLeaf(entry, TUNNEL_IP)),
                optionalString(leaf(entry, OVSDB_ADDRESS)),
                bridge == null ? NodeIntent.DEFAULT_BRIDGE : string(bridge),
                new LinkedHashSet<>(leafList(entry, TRANSPORT_ZONE)),
                Objects.requireNonNullElse(optionalString(leaf(entry, DATAPATH_TYPE)), NodeIntent.DEFAULT_DATAPATH),
                optionalString(leaf(entry, OPENFLOW_CONTROLLER))));
        }
        final var networks = new HashMap<String, NetworkIntent>();
        for (var entry : entries(container, NETWORK)) {
            final var name = string(requiredLeaf(entry, NAME));
            final var encapsulation = leaf(entry, ENCAPSULATION);
            final var segmentationId = leaf(entry, SEGMENTATION_ID);
            final var ports = new HashMap<String, PortIntent>();
            for (var port : entries(entry, PORT)) {
                final var portName = string(requiredLeaf(port, NAME));
                ports.put(portName, new PortIntent(portName, string(requiredLeaf(port, NODE_REF)),
                    string(requiredLeaf(port, INTERFACE)), string(requiredLeaf(port, MAC_ADDRESS)),
                    leafList(port, IP_ADDRESS)));
            }
            networks.put(name, new NetworkIntent(name,
                encapsulation == null ? Encapsulation.VXLAN : encapsulation(encapsulation),
                segmentationId == null ? null : unsigned(segmentationId), ports));
        }
        return new Intent(ranges, nodes, networks);
    }

    /**
     * The encapsulation named by an identityref value of type {@code tm:encapsulation}.
     *
     * @param value the leaf's value, a {@link QName}
     * @return the encapsulation
     * @throws IllegalArgumentException if the identity is not one of module tunnelmesh's encapsulations
     */
    public static Encapsulation encapsulation(final Object value) {
        final var qname = cast(QName.class, value);
        if (!qname.getModule().equals(Tunnelmesh.QNAME.getModule())) {
            throw new IllegalArgumentException("Identity " + qname + " is not a tunnelmesh encapsulation");
        }
        return Encapsulation.ofYangName(qname.getLocalName())
            .orElseThrow(() -> new IllegalArgumentException("Unknown encapsulation identity " + qname));
    }

    private static NodeIdentifier id(final String localName) {
        return NodeIdentifier.create(YangModuleInfoImpl.qnameOf(localName));
    }

    private static Iterable<MapEntryNode> entries(final DataContainerNode parent, final NodeIdentifier list) {
        final var child = parent.childByArg(list);
        return child == null ? List.of() : cast(MapNode.class, child).body();
    }

    private static @Nullable Object leaf(final DataContainerNode parent, final NodeIdentifier leaf) {
        final var child = parent.childByArg(leaf);
        return child == null ? null : cast(LeafNode.class, child).body();
    }

    private static Object requiredLeaf(final DataContainerNode parent, final NodeIdentifier leaf) {
        final var value = leaf(parent, leaf);
        if (value == null) {
            throw new IllegalArgumentException("Mandatory " + leaf.getNodeType().getLocalName() + " missing in "
                + parent.name());
        }
        return value;
    }

    private static List<String> leafList(final DataContainerNode parent, final NodeIdentifier leafList) {
        final var child = parent.childByArg(leafList);
        if (child == null) {
            return List.of();
        }
        final var values = new ArrayList<String>();
        for (var entry : cast(LeafSetNode.class, child).body()) {
            values.add(string(((NormalizedNode) entry).body()));
        }
        return values;
    }

    private static String string(final Object value) {
        return cast(String.class, value);
    }

    private static @Nullable String optionalString(final @Nullable Object value) {
        return value == null ? null : string(value);
    }

    private static long unsigned(final Object value) {
        return cast(Uint64.class, value).longValue();
    }

    private static <T> T cast(final Class<T> type, final Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Expected " + type.getSimpleName() + ", found " + value);
        }
        return type.cast(value);
    }
}
