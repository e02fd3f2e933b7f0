/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.entry;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.leaf;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.list;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.segmentRange;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.tunnelmesh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.Futures;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.netconf.api.NetconfDocumentedException;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Tunnelmesh;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Vxlan;
import org.opendaylight.yangtools.yang.common.ErrorSeverity;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.PathArgument;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

class IntentCommitCohortTest {
    private static final DOMDataTreeIdentifier ROOT =
        DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, IntentReader.PATH);
    private static final ContainerNode VALID = tunnelmesh(
        list("segment-range", segmentRange(Vxlan.QNAME, Uint64.valueOf(100), Uint64.valueOf(199))),
        list("node", entry("node", "compute-1", leaf("tunnel-ip", "192.0.2.1"))),
        list("network", entry("network", "blue", list("port", port("vm-1", "compute-1", "tap1")))));

    /** The cohort validates without the schema: any call on the model context fails the test. */
    private static final EffectiveModelContext UNUSED_MODEL_CONTEXT = (EffectiveModelContext) Proxy.newProxyInstance(
        EffectiveModelContext.class.getClassLoader(), new Class<?>[] { EffectiveModelContext.class },
        (proxy, method, args) -> {
            throw new AssertionError("the cohort called EffectiveModelContext." + method.getName());
        });

    private final IntentCommitCohort cohort = new IntentCommitCohort();

    /** The root of a candidate: the whole {@code tunnelmesh} container before and after the transaction. */
    private record RootNode(@Nullable NormalizedNode dataBefore, @Nullable NormalizedNode dataAfter)
            implements DataTreeCandidateNode {
        @Override
        public PathArgument name() {
            return NodeIdentifier.create(Tunnelmesh.QNAME);
        }

        @Override
        public Collection<DataTreeCandidateNode> childNodes() {
            return List.of();
        }

        @Override
        public @Nullable DataTreeCandidateNode modifiedChild(final PathArgument childName) {
            return null;
        }

        @Override
        public ModificationType modificationType() {
            return dataAfter == null ? ModificationType.DELETE : ModificationType.WRITE;
        }
    }

    private record Candidate(DOMDataTreeIdentifier rootPath, DataTreeCandidateNode rootNode)
            implements DOMDataTreeCandidate {
        @Override
        public DOMDataTreeIdentifier getRootPath() {
            return rootPath;
        }

        @Override
        public DataTreeCandidateNode getRootNode() {
            return rootNode;
        }
    }

    private static Candidate write(final @Nullable NormalizedNode before, final NormalizedNode after) {
        return new Candidate(ROOT, new RootNode(before, after));
    }

    private static MapEntryNode port(final String name, final String node, final String iface) {
        return entry("port", name, leaf("node", node), leaf("interface", iface),
            leaf("mac-address", "02:00:00:00:00:01"));
    }

    private FluentFuture<PostCanCommitStep> canCommit(final DOMDataTreeCandidate... candidates) {
        return cohort.canCommit("tx-1", UNUSED_MODEL_CONTEXT, List.of(candidates));
    }

    /** The error a refused commit carries, checked down to the NETCONF error it maps to. */
    private static NetconfDocumentedException refusal(final FluentFuture<PostCanCommitStep> future,
            final String message) {
        assertTrue(future.isDone(), "the cohort decides synchronously");
        final var failure = assertThrows(ExecutionException.class, () -> Futures.getDone(future)).getCause();
        final var validation = assertInstanceOf(DataValidationFailedException.class, failure);
        assertEquals(ROOT, validation.getPath());
        assertEquals(DOMDataTreeIdentifier.class, validation.getPathType());
        assertEquals(message, validation.getMessage());
        final var netconf = assertInstanceOf(NetconfDocumentedException.class, validation.getCause());
        assertEquals(message, netconf.getMessage());
        assertEquals(ErrorType.APPLICATION, netconf.getErrorType());
        assertEquals(ErrorSeverity.ERROR, netconf.getErrorSeverity());
        return netconf;
    }

    private static void assertAccepted(final FluentFuture<PostCanCommitStep> future) throws ExecutionException {
        assertTrue(future.isDone(), "the cohort decides synchronously");
        assertSame(PostCanCommitStep.NOOP, Futures.getDone(future));
    }

    @Test
    void validIntentIsAccepted() throws ExecutionException {
        assertAccepted(canCommit(write(null, VALID)));
    }

    @Test
    void noCandidatesIsAccepted() throws ExecutionException {
        assertAccepted(canCommit());
    }

    @Test
    void deletingTheWholeTreeIsAccepted() throws ExecutionException {
        assertAccepted(canCommit(new Candidate(ROOT, new RootNode(VALID, null))));
    }

    @Test
    void valueOutsideTheModelsRulesIsInvalidValue() {
        final var after = tunnelmesh(list("segment-range",
            segmentRange(Vxlan.QNAME, Uint64.valueOf(0), Uint64.valueOf(10))));

        final var error = refusal(canCommit(write(VALID, after)),
            "segment-range vxlan 0..10 does not fit the 24-bit segment ID of vxlan (1..16777215)");
        assertEquals(ErrorTag.INVALID_VALUE, error.getErrorTag());
    }

    @Test
    void duplicateTunnelIpIsDataExists() {
        final var after = tunnelmesh(list("node",
            entry("node", "compute-1", leaf("tunnel-ip", "192.0.2.1")),
            entry("node", "compute-2", leaf("tunnel-ip", "192.0.2.1"))));

        final var error = refusal(canCommit(write(null, after)),
            "node compute-2: tunnel-ip 192.0.2.1 is already the tunnel-ip of node compute-1");
        assertEquals(ErrorTag.DATA_EXISTS, error.getErrorTag());
    }

    @Test
    void portOnAMissingNodeIsDataMissing() {
        final var after = tunnelmesh(list("network", entry("network", "blue",
            list("port", port("vm-1", "compute-7", "tap1")))));

        final var error = refusal(canCommit(write(VALID, after)), "port vm-1 of network blue: node compute-7 is not "
            + "configured; create /tunnelmesh:tunnelmesh/node=compute-7 first");
        assertEquals(ErrorTag.DATA_MISSING, error.getErrorTag());
    }

    @Test
    void dataTheReaderCannotUnderstandIsInvalidValue() {
        final var foreign = QName.create("urn:example:other-overlay", "vxlan");
        final var after = tunnelmesh(list("network", entry("network", "blue", leaf("encapsulation", foreign))));

        final var error = refusal(canCommit(write(VALID, after)),
            "Identity " + foreign + " is not a tunnelmesh encapsulation");
        assertEquals(ErrorTag.INVALID_VALUE, error.getErrorTag());
    }

    @Test
    void twoViolationsAreReportedTogetherUnderTheFirstsTag() {
        final var after = tunnelmesh(
            list("node", entry("node", "a", leaf("tunnel-ip", "192.0.2.1")),
                entry("node", "b", leaf("tunnel-ip", "192.0.2.1"))),
            list("network", entry("network", "blue", list("port", port("vm-1", "nowhere", "tap1")))));

        final var error = refusal(canCommit(write(null, after)),
            "node b: tunnel-ip 192.0.2.1 is already the tunnel-ip of node a (and 1 more: port vm-1 of network blue: "
                + "node nowhere is not configured; create /tunnelmesh:tunnelmesh/node=nowhere first)");
        assertEquals(ErrorTag.DATA_EXISTS, error.getErrorTag());
    }

    @Test
    void moreThanTwoViolationsAreCountedAndTheRestElided() {
        final var after = tunnelmesh(list("network",
            entry("network", "a", leaf("segmentation-id", Uint64.valueOf(0))),
            entry("network", "b", leaf("segmentation-id", Uint64.valueOf(7))),
            entry("network", "c", leaf("segmentation-id", Uint64.valueOf(7))),
            entry("network", "d", leaf("segmentation-id", Uint64.valueOf(7)))));

        final var error = refusal(canCommit(write(null, after)), "network a: segmentation-id 0 does not fit the 24-bit "
            + "segment ID of vxlan (1..16777215) (and 2 more: network c: segmentation-id 7 is already used by vxlan "
            + "network b, ...)");
        assertEquals(ErrorTag.INVALID_VALUE, error.getErrorTag());
    }

    @Test
    void anInvalidCandidateAfterAValidOneRefusesTheTransaction() {
        final var invalid = tunnelmesh(list("segment-range",
            segmentRange(Vxlan.QNAME, Uint64.valueOf(20), Uint64.valueOf(10))));

        final var error = refusal(canCommit(write(null, VALID), write(VALID, invalid)),
            "segment-range vxlan 20..10 is empty: max is below min");
        assertEquals(ErrorTag.INVALID_VALUE, error.getErrorTag());
    }
}
