/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfErrorReplyException;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescReply;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import io.tunnelmesh.tunnel.impl.planner.NodePlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import java.time.Duration;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one switch to its planned flows and groups: reads the switch's flows under TunnelMesh's cookie mark
 * ({@code OFPMP_FLOW} filtered by cookie and cookie mask, OpenFlow 1.3.5 section 7.3.5.2) and its groups
 * ({@code OFPMP_GROUP_DESC}, section 7.3.5.12, those with TunnelMesh's group mark kept), computes the
 * {@link FlowDiff} and {@link GroupDiff}, and sends only the difference. Where the switch supports the ONF bundle
 * extension (OpenFlow 1.4 section 6.8, as Open vSwitch implements it for 1.3) the difference goes in one atomic,
 * ordered bundle: group adds and modifies, the flow-mods, group deletes (Open vSwitch 3.1 takes group-mods in a bundle
 * on an OpenFlow 1.3 connection, and checks a flow's group at commit, in bundle order). The switch never holds a
 * half-applied change or an empty table. A switch that refuses to open a bundle with a standard error (it does not
 * know the extension) gets plain messages instead, a barrier after the group adds and modifies and after the
 * flow-mods, and is not asked again; a bundle error ({@code OFPBFC_*}: an id still open, too many bundles) fails the
 * change, which is retried.
 */
public final class NodeReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(NodeReconciler.class);
    private static final int BUNDLE_FLAGS = OnfBundleControl.ATOMIC | OnfBundleControl.ORDERED;
    /**
     * Messages queued at once: a run waits for the window before the last to be written before it queues the next,
     * so at most two windows wait in the connection's outbound queue, well under its capacity (1,024 by default);
     * a change larger than the queue (a node joining a 1,000-node mesh gets ~10,000 flows) is never refused by it.
     */
    static final int WINDOW = 256;
    /** Messages sent between two barriers, about 300 KB of bundled flow-mods (see {@link #sendPaced}). */
    static final int CHUNK = 2048;
    /**
     * The least wait for the answer to a flow read, a bundle open, a commit or a barrier. The switch answers once it
     * has worked through everything before it, which a busy switch may take seconds for: the wait for a commit or
     * barrier grows by {@link #WAIT_PER_FLOW_MOD} per flow-mod. A switch that stopped answering altogether is the
     * echo probe's to find.
     */
    static final Duration APPLY_WAIT = Duration.ofSeconds(30);
    static final Duration WAIT_PER_FLOW_MOD = Duration.ofMillis(1);

    private final OfConnection connection;
    private final AtomicInteger bundleIds = new AtomicInteger();
    /** The changes in flight: at most a few, each owning a range of xids. */
    private final List<Change> inFlight = new CopyOnWriteArrayList<>();
    private final OfRateLimitedLog unsolicited = OfRateLimitedLog.of(LOG);
    private volatile boolean bundles;

    /**
     * A reconciler for one connected switch.
     *
     * @param connection the switch's OpenFlow connection
     * @param bundles whether to try ONF bundles first
     */
    public NodeReconciler(final OfConnection connection, final boolean bundles) {
        this.connection = connection;
        this.bundles = bundles;
        connection.setMessageListener(this::onMessage);
    }

    /**
     * An error answering one of the flow-mods or group-mods (or bundle adds, which carry their message's xid) of
     * a change in flight is that change's; another error is logged, at a bounded rate. Port status and the like are
     * not the reconciler's business.
     */
    private void onMessage(final OfConnection from, final OfMessage message) {
        if (message instanceof OfErrorMessage error) {
            final var change = inFlight.stream().filter(candidate -> candidate.owns(error.xid())).findFirst();
            if (change.isPresent()) {
                change.orElseThrow().refused(error);
            } else {
                unsolicited.warn(from.remoteAddress() + " sent an error answering nothing pending: " + error);
            }
        } else {
            LOG.trace("{} sent {}", from.remoteAddress(), message);
        }
    }

    /**
     * Whether changes go in bundles.
     *
     * @return false once the switch refused one
     */
    public boolean usesBundles() {
        return bundles;
    }

    /**
     * Reads the switch's flows of ours.
     *
     * @return the flows the switch reports under TunnelMesh's cookie mark
     */
    public CompletableFuture<List<OfFlowStats>> readFlows() {
        return connection.multipartRequest(OfMultipartRequest.flowStats(connection.nextXid(),
            OfFlowStatsRequest.ALL_TABLES, OverlayPipeline.COOKIE_MARK, OverlayPipeline.COOKIE_MARK_MASK,
            OfMatch.ALL), OfMultipartReply.class, APPLY_WAIT)
            .thenApply(parts -> parts.stream().flatMap(part -> part.body() instanceof OfFlowStatsReply reply
                ? reply.flows().stream() : Stream.empty()).toList());
    }

    /**
     * Reads the switch's groups of ours.
     *
     * @return the groups the switch reports with TunnelMesh's group mark
     */
    public CompletableFuture<List<OfGroupDesc>> readGroups() {
        return connection.multipartRequest(OfMultipartRequest.groupDesc(connection.nextXid()), OfMultipartReply.class,
                APPLY_WAIT)
            .thenApply(parts -> parts.stream().flatMap(part -> part.body() instanceof OfGroupDescReply reply
                ? reply.groups().stream() : Stream.empty())
                .filter(group -> OverlayPipeline.isOurGroup(group.groupId())).toList());
    }

    /**
     * Compares the switch with the plan and sends the difference; completes once the switch has applied it (the
     * bundle committed, or the barrier answered).
     *
     * @param planned the flows and groups the switch must hold
     * @return what was changed, {@link FlowChanges#NONE} when the switch already held the plan
     */
    public CompletableFuture<FlowChanges> reconcile(final NodePlan planned) {
        return readGroups().thenCombine(readFlows(), (groups, flows) -> FlowDiff.between(planned.flows(), flows)
                .withGroups(GroupDiff.between(planned.groups(), groups)))
            .thenCompose(changes -> apply(changes).thenApply(applied -> changes));
    }

    /**
     * Brings a switch known to hold {@code applied} to {@code planned}, without reading its flows and groups back.
     *
     * @param applied the plan the switch holds since its last successful change
     * @param planned the plan the switch must hold
     * @return what was changed
     */
    public CompletableFuture<FlowChanges> update(final NodePlan applied, final NodePlan planned) {
        final var changes = FlowDiff.since(applied, planned);
        return apply(changes).thenApply(done -> changes);
    }

    /**
     * Sends changes.
     *
     * @param changes the changes
     * @return completes once the switch has applied them
     */
    public CompletableFuture<Void> apply(final FlowChanges changes) {
        if (changes.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        // one block of xids: an error answering any of them is found by range, not looked up per message
        final int first = connection.nextXids(changes.size());
        // built a window at a time as they are sent: a change in flight holds its flows, not its flow-mods
        final var mods = changes.messages(first);
        final var change = new Change(first, mods);
        inFlight.add(change);
        // an error for a flow-mod or group-mod comes before the barrier's or the commit's reply (section 6.2), so
        // once either is in, every refusal is
        return send(changes, mods).handle((done, failure) -> {
            inFlight.remove(change);
            // a refused message explains a failed commit too: Open vSwitch answers a message that fails at commit
            // (a group-mod for a group it lacks) with the message's own error, then the commit with
            // OFPBFC_MSG_FAILED, and applies nothing of the bundle
            change.check();
            if (failure != null) {
                throw failure instanceof CompletionException completion ? completion
                    : new CompletionException(failure);
            }
            return done;
        });
    }

    private CompletableFuture<Void> send(final FlowChanges changes, final List<OfMessage> mods) {
        if (!bundles) {
            return plain(changes, mods);
        }
        final int bundle = bundleIds.incrementAndGet();
        // a switch answers the open after whatever it was still working through: as long as a commit may take
        return connection.request(OnfBundleControl.of(connection.nextXid(), bundle, OnfBundleControlType.OPEN_REQUEST,
                BUNDLE_FLAGS), APPLY_WAIT)
            .handle((reply, failure) -> {
                if (failure != null) {
                    final var cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof OfErrorReplyException refused && refused.error() instanceof OfExperimenterError
                            bundleError && bundleError.error().experimenter() == OnfErrorCodes.ONF_EXPERIMENTER) {
                        // the switch takes bundles but not this one (its id still open, too many open): the change
                        // fails, and is read back and retried with the next id
                        return CompletableFuture.<Void>failedFuture(cause);
                    }
                    if (cause instanceof OfErrorReplyException refused) {
                        LOG.info("{} refused a bundle ({}): plain flow-mods from now on", connection.remoteAddress(),
                            refused.getMessage());
                        bundles = false;
                        return plain(changes, mods);
                    }
                    return CompletableFuture.<Void>failedFuture(cause);
                }
                return inBundle(bundle, mods, reply);
            })
            .thenCompose(future -> future);
    }

    private CompletableFuture<Void> inBundle(final int bundle, final List<OfMessage> mods, final OfMessage opened) {
        if (!(opened instanceof OnfBundleControl control) || !OnfBundleControlType.OPEN_REPLY.equals(control.type())) {
            return CompletableFuture.failedFuture(new IllegalStateException("bundle " + bundle + " open answered "
                + opened));
        }
        return sendPaced(new BundleAdds(bundle, mods))
            .whenComplete((sent, failure) -> {
                if (failure != null) {
                    // an add that was never written must not be committed without it: drop the half-filled bundle
                    connection.send(OnfBundleControl.of(connection.nextXid(), bundle,
                        OnfBundleControlType.DISCARD_REQUEST, BUNDLE_FLAGS));
                }
            })
            .thenCompose(sent -> connection.request(OnfBundleControl.of(connection.nextXid(), bundle,
                OnfBundleControlType.COMMIT_REQUEST, BUNDLE_FLAGS), applyWait(mods.size())))
            .thenApply(committed -> {
                if (!(committed instanceof OnfBundleControl reply)
                        || !OnfBundleControlType.COMMIT_REPLY.equals(reply.type())) {
                    throw new IllegalStateException("bundle " + bundle + " commit answered " + committed);
                }
                return null;
            });
    }

    /**
     * Without a bundle: the group adds and modifies, a barrier, the flow-mods, a barrier, the group deletes, a
     * barrier. A switch may apply messages in any order between barriers (section 6.2); the barriers keep a flow from
     * arriving before its group and a group delete from taking along a flow before it is replaced.
     */
    private CompletableFuture<Void> plain(final FlowChanges changes, final List<OfMessage> mods) {
        final int groupsFirst = changes.groups().before();
        final int flowsEnd = groupsFirst + changes.flowModCount();
        return plainStep(mods.subList(0, groupsFirst))
            .thenCompose(done -> plainStep(mods.subList(groupsFirst, flowsEnd)))
            .thenCompose(done -> plainStep(mods.subList(flowsEnd, mods.size())));
    }

    private CompletableFuture<Void> plainStep(final List<OfMessage> mods) {
        if (mods.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return sendPaced(mods).thenCompose(sent -> barrier(mods.size()));
    }

    /** A barrier, waited for as long as the switch may take for {@code flowMods} flow-mods before it. */
    private CompletableFuture<Void> barrier(final int flowMods) {
        final var version = connection.version();
        return connection.request(new OfBarrierRequest(version != null ? version : OfVersion.OF13,
                connection.nextXid()), applyWait(flowMods))
            .thenApply(reply -> {
                if (!(reply instanceof OfBarrierReply)) {
                    throw new IllegalStateException("barrier answered " + reply);
                }
                return null;
            });
    }

    /**
     * Sends messages in chunks of {@link #CHUNK}, each followed by a barrier; a chunk is queued only once the barrier
     * two chunks back is answered. So at most about two chunks of ours wait in the socket buffers and in the switch's
     * input: a busy switch's backlog stays bounded, and so does the wait of what queues behind it (the echo request
     * of the idle probe). Without it, the loopback socket buffers alone take megabytes per switch, and a switch that
     * applies slowly answers the probe only after working through all of them.
     */
    private CompletableFuture<Void> sendPaced(final List<? extends OfMessage> messages) {
        return sendChunks(messages, 0, CompletableFuture.completedFuture(null));
    }

    private CompletableFuture<Void> sendChunks(final List<? extends OfMessage> messages, final int from,
            final CompletableFuture<Void> older) {
        final int to = Math.min(messages.size(), from + CHUNK);
        final var written = sendWindowed(messages.subList(from, to), 0, CompletableFuture.completedFuture(null));
        if (to == messages.size()) {
            return CompletableFuture.allOf(written, older);
        }
        final var confirmed = written.thenCompose(done -> barrier(to - from));
        return older.thenCompose(done -> sendChunks(messages, to, confirmed));
    }

    /** How long the switch may take to answer the commit or barrier after {@code flowMods} flow-mods. */
    static Duration applyWait(final int flowMods) {
        return APPLY_WAIT.plus(WAIT_PER_FLOW_MOD.multipliedBy(flowMods));
    }

    /** Each flow-mod or group-mod added to a bundle, built when asked for. */
    private static final class BundleAdds extends AbstractList<OnfBundleAdd> implements RandomAccess {
        private final int bundle;
        private final List<OfMessage> mods;

        BundleAdds(final int bundle, final List<OfMessage> mods) {
            this.bundle = bundle;
            this.mods = mods;
        }

        @Override
        public OnfBundleAdd get(final int index) {
            return OnfBundleAdd.of(bundle, BUNDLE_FLAGS, mods.get(index));
        }

        @Override
        public int size() {
            return mods.size();
        }
    }

    /**
     * One change's group-mods and flow-mods, whose xids run from {@code first} on, and what the switch refused of
     * them.
     */
    private static final class Change {
        private final int first;
        private final List<OfMessage> mods;
        private final Map<OfMessage, OfErrorMessage> refused = new LinkedHashMap<>();

        Change(final int first, final List<OfMessage> mods) {
            this.first = first;
            this.mods = mods;
        }

        /** Whether {@code xid} is one of this change's, counting from {@code first} modulo 2^32. */
        boolean owns(final int xid) {
            return Integer.toUnsignedLong(xid - first) < mods.size();
        }

        synchronized void refused(final OfErrorMessage error) {
            refused.put(mods.get(error.xid() - first), error);
        }

        synchronized void check() {
            if (!refused.isEmpty()) {
                throw new FlowModsRefusedException(refused, mods.size());
            }
        }
    }

    /**
     * Queues {@code messages} from {@code from} on, one {@link #WINDOW} at a time.
     *
     * @param previous the window queued before, written or not
     * @return completes once every message is written; fails as soon as a window failed
     */
    private CompletableFuture<Void> sendWindowed(final List<? extends OfMessage> messages, final int from,
            final CompletableFuture<Void> previous) {
        final int to = Math.min(messages.size(), from + WINDOW);
        // one unit per window: one queue entry, one buffer, one write
        final var current = connection.sendAll(messages.subList(from, to));
        if (to == messages.size()) {
            return CompletableFuture.allOf(previous, current);
        }
        return previous.thenCompose(done -> sendWindowed(messages, to, current));
    }
}
