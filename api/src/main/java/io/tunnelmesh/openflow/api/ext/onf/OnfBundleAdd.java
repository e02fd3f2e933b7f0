/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.onf;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.util.List;

/**
 * {@code ONFT_BUNDLE_ADD_MESSAGE} (ONF experimenter message 2301; OpenFlow 1.4.1 section 7.3.9.6,
 * {@code ofp_bundle_add_msg}): adds one whole message, header included, to an open bundle.
 * <pre>
 *   | header 8 | 0x4f4e4600 | 2301 | bundle_id 32 | pad 16 | flags 16 | message (its own header) ... |
 *   | pad to 8, only when properties follow | properties ... |
 * </pre>
 * The specification asks that the inner message carry the xid of this message, which is how a switch's error about
 * it is matched to it; Open vSwitch builds the outer message with the inner xid ({@link #of(int, int, OfMessage)})
 * and refuses a mismatch with the ONF error {@code OFPBFC_MSG_BAD_XID}. The record keeps both xids as received so a
 * switch emulator can answer such a message the way Open vSwitch does; {@link #xidsMatch()} tells.
 *
 * @param xid the transaction id
 * @param bundleId the bundle
 * @param flags the bundle's flags, as in the open request, 16 bits
 * @param message the message to add, of the same version
 * @param properties the properties, usually none
 */
public record OnfBundleAdd(int xid, int bundleId, int flags, OfMessage message, List<OnfBundleProperty> properties)
        implements OfExtensionMessage {
    /**
     * Checks the flags' width and copies the list.
     *
     * @throws IllegalArgumentException if the flags do not fit in 16 bits
     */
    public OnfBundleAdd {
        OfUnsigned.check("bundle flags", flags, 16);
        properties = List.copyOf(properties);
    }

    /**
     * Adds a message the way the specification asks: the outer xid is the message's.
     *
     * @param bundleId the bundle
     * @param flags the bundle's flags
     * @param message the message to add
     * @return the bundle add message
     */
    public static OnfBundleAdd of(final int bundleId, final int flags, final OfMessage message) {
        return new OnfBundleAdd(message.xid(), bundleId, flags, message, List.of());
    }

    /**
     * Whether the inner message carries this message's xid, as the specification asks.
     *
     * @return true if the xids are equal
     */
    public boolean xidsMatch() {
        return xid == message.xid();
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
