/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The ONF bundles (OpenFlow 1.4.1 section 6.8, carried by the ONF extension 230 in OpenFlow 1.3) open on the
 * switch's connection, with Open vSwitch's rules ({@code ofproto/bundles.c}): opening a bundle that exists discards
 * it and fails with {@code OFPBFC_BAD_ID}; adding to a bundle that does not exist opens it; adding to or closing a
 * closed bundle, or with other flags than it was opened with, discards it and fails with
 * {@code OFPBFC_BUNDLE_CLOSED} or {@code OFPBFC_BAD_FLAGS}; a commit needs no close. A bundle carries flow-mods and
 * group-mods ({@code OFPBFC_MSG_UNSUP} otherwise), each checked on its own when added; the switch applies them at
 * commit (see {@link SwitchState}), a flow-mod as it was checked when added (checking is a pure function of the
 * message, so it is done once).
 */
final class OnfBundles {
    private final Map<Integer, Bundle> open = new HashMap<>();

    /**
     * A message added to a bundle.
     *
     * @param add the bundle add carrying it
     * @param flowMod the flow-mod it carries, checked; {@code null} for a group-mod
     */
    record Added(OnfBundleAdd add, FlowTables.@Nullable CheckedFlowMod flowMod) {
    }

    /**
     * Opens a bundle.
     *
     * @throws RequestRefusedException {@code OFPBFC_BAD_ID} if it is open already (and then it is discarded)
     */
    void open(final OnfBundleControl request) throws RequestRefusedException {
        if (open.remove(request.bundleId()) != null) {
            throw new RequestRefusedException(OnfErrorCodes.OFPBFC_BAD_ID, "bundle " + id(request.bundleId())
                + " exists; discarded");
        }
        open.put(request.bundleId(), new Bundle(request.flags()));
    }

    /**
     * Closes a bundle.
     *
     * @throws RequestRefusedException {@code OFPBFC_BAD_ID}, {@code OFPBFC_BUNDLE_CLOSED}, {@code OFPBFC_BAD_FLAGS}
     */
    void close(final OnfBundleControl request) throws RequestRefusedException {
        final Bundle bundle = existing(request.bundleId());
        if (bundle.closed) {
            open.remove(request.bundleId());
            throw new RequestRefusedException(OnfErrorCodes.OFPBFC_BUNDLE_CLOSED, "bundle " + id(request.bundleId())
                + " is closed already; discarded");
        }
        checkFlags(request.bundleId(), bundle, request.flags());
        bundle.closed = true;
    }

    /**
     * Discards a bundle.
     *
     * @throws RequestRefusedException {@code OFPBFC_BAD_ID}
     */
    void discard(final OnfBundleControl request) throws RequestRefusedException {
        existing(request.bundleId());
        open.remove(request.bundleId());
    }

    /**
     * Takes a bundle's messages for a commit; the bundle is gone afterwards, whatever the commit's outcome.
     *
     * @return the messages in the order they were added
     * @throws RequestRefusedException {@code OFPBFC_BAD_ID}, {@code OFPBFC_BAD_FLAGS}
     */
    List<Added> takeForCommit(final OnfBundleControl request) throws RequestRefusedException {
        final Bundle bundle = existing(request.bundleId());
        open.remove(request.bundleId());
        if (bundle.flags != request.flags()) {
            throw new RequestRefusedException(OnfErrorCodes.OFPBFC_BAD_FLAGS, "bundle " + id(request.bundleId())
                + " was opened with flags " + bundle.flags + ", committed with " + request.flags());
        }
        return List.copyOf(bundle.messages);
    }

    /**
     * Adds a message to a bundle, opening it if needed.
     *
     * @throws RequestRefusedException {@code OFPBFC_MSG_BAD_XID}, {@code OFPBFC_MSG_UNSUP}, what the message's own
     *     checks refuse, {@code OFPBFC_BUNDLE_CLOSED}, {@code OFPBFC_BAD_FLAGS}
     */
    void add(final OnfBundleAdd request) throws RequestRefusedException {
        if (!request.xidsMatch()) {
            throw new RequestRefusedException(OnfErrorCodes.OFPBFC_MSG_BAD_XID, "the added message has xid "
                + request.message().xid() + ", the bundle add " + request.xid());
        }
        final Added added = switch (request.message()) {
            case OfFlowMod mod -> new Added(request, FlowTables.check(mod));
            case OfGroupMod mod -> {
                GroupTable.check(mod);
                yield new Added(request, null);
            }
            default -> throw new RequestRefusedException(OnfErrorCodes.OFPBFC_MSG_UNSUP, "a bundle carries flow-mods "
                + "and group-mods, not " + request.message().getClass().getSimpleName());
        };
        final Bundle bundle = open.get(request.bundleId());
        if (bundle == null) {
            final var created = new Bundle(request.flags());
            created.messages.add(added);
            open.put(request.bundleId(), created);
            return;
        }
        if (bundle.closed) {
            open.remove(request.bundleId());
            throw new RequestRefusedException(OnfErrorCodes.OFPBFC_BUNDLE_CLOSED, "bundle " + id(request.bundleId())
                + " is closed; discarded");
        }
        checkFlags(request.bundleId(), bundle, request.flags());
        bundle.messages.add(added);
    }

    /**
     * How many bundles are open or closed but not committed.
     */
    int size() {
        return open.size();
    }

    private Bundle existing(final int bundleId) throws RequestRefusedException {
        final Bundle bundle = open.get(bundleId);
        if (bundle == null) {
            throw new RequestRefusedException(OnfErrorCodes.OFPBFC_BAD_ID, "no bundle " + id(bundleId));
        }
        return bundle;
    }

    private void checkFlags(final int bundleId, final Bundle bundle, final int flags)
            throws RequestRefusedException {
        if (bundle.flags != flags) {
            open.remove(bundleId);
            throw new RequestRefusedException(OnfErrorCodes.OFPBFC_BAD_FLAGS, "bundle " + id(bundleId)
                + " was opened with flags " + bundle.flags + ", not " + flags + "; discarded");
        }
    }

    private static String id(final int bundleId) {
        return Integer.toUnsignedString(bundleId);
    }

    private static final class Bundle {
        private final int flags;
        private final List<Added> messages = new ArrayList<>();
        private boolean closed;

        Bundle(final int flags) {
            this.flags = flags;
        }
    }
}
