/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Tunnelmesh;
import org.opendaylight.yang.svc.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.YangModuleInfoImpl;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.SystemLeafSetNode;
import org.opendaylight.yangtools.yang.data.api.schema.SystemMapNode;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;

/**
 * The DOM (normalized node) form of {@code /tunnelmesh:tunnelmesh}, as the datastore hands it to the reader and the
 * commit cohort, built from yangtools' immutable nodes. Each list entry carries its key leaves; everything else is
 * passed in as children, so a test can leave out or mistype exactly the leaf it is about.
 */
public final class TunnelmeshNodes {
    private TunnelmeshNodes() {
        // static methods only
    }

    /**
     * The QName of a node of module tunnelmesh.
     *
     * @param localName the node's name, such as {@code segment-range}
     * @return its QName
     */
    public static QName qname(final String localName) {
        return YangModuleInfoImpl.qnameOf(localName);
    }

    /**
     * The {@code tunnelmesh} container.
     *
     * @param children its lists, such as {@code list("node", ...)}
     * @return the container
     */
    public static ContainerNode tunnelmesh(final DataContainerChild... children) {
        return ImmutableNodes.newContainerBuilder()
            .withNodeIdentifier(NodeIdentifier.create(Tunnelmesh.QNAME))
            .withValue(List.of(children))
            .build();
    }

    /**
     * A list of module tunnelmesh.
     *
     * @param localName the list's name
     * @param entries its entries
     * @return the list
     */
    public static SystemMapNode list(final String localName, final MapEntryNode... entries) {
        return ImmutableNodes.newSystemMapBuilder()
            .withNodeIdentifier(NodeIdentifier.create(qname(localName)))
            .withValue(List.of(entries))
            .build();
    }

    /**
     * An entry of list {@code segment-range}.
     *
     * @param encapsulation the identity QName of key {@code encapsulation}
     * @param min key {@code min}, normally a {@code Uint64}
     * @param max leaf {@code max}, normally a {@code Uint64}
     * @return the entry
     */
    public static MapEntryNode segmentRange(final QName encapsulation, final Object min, final Object max) {
        return ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(qname("segment-range"),
                Map.of(qname("encapsulation"), encapsulation, qname("min"), min)))
            .withChild(leaf("encapsulation", encapsulation))
            .withChild(leaf("min", min))
            .withChild(leaf("max", max))
            .build();
    }

    /**
     * An entry of list {@code node} or {@code network}, or of a network's list {@code port}: all are keyed by
     * {@code name}.
     *
     * @param list the list's name
     * @param name the entry's key
     * @param children its other leaves and lists
     * @return the entry
     */
    public static MapEntryNode entry(final String list, final String name, final DataContainerChild... children) {
        final var builder = ImmutableNodes.newMapEntryBuilder()
            .withNodeIdentifier(NodeIdentifierWithPredicates.of(qname(list), qname("name"), name))
            .withChild(leaf("name", name));
        for (var child : children) {
            builder.withChild(child);
        }
        return builder.build();
    }

    /**
     * A leaf of module tunnelmesh.
     *
     * @param localName the leaf's name
     * @param value its value, of any type, so that tests can also pass one that does not follow the model
     * @return the leaf
     */
    public static LeafNode<Object> leaf(final String localName, final Object value) {
        return ImmutableNodes.leafNode(qname(localName), value);
    }

    /**
     * A leaf-list of strings of module tunnelmesh.
     *
     * @param localName the leaf-list's name
     * @param values its values
     * @return the leaf-list
     */
    public static SystemLeafSetNode<String> leafList(final String localName, final String... values) {
        final var qname = qname(localName);
        final var builder = ImmutableNodes.<String>newSystemLeafSetBuilder()
            .withNodeIdentifier(NodeIdentifier.create(qname));
        for (var value : values) {
            builder.withChild(ImmutableNodes.leafSetEntry(qname, value));
        }
        return builder.build();
    }
}
