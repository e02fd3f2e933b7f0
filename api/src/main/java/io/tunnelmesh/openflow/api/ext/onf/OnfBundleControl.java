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
import java.util.List;

/**
 * {@code ONFT_BUNDLE_CONTROL} (ONF experimenter message 2300; OpenFlow 1.4.1 section 7.3.9.1,
 * {@code ofp_bundle_ctrl_msg}): opens, closes, commits or discards a bundle, and the switch's reply to each. The
 * controller opens a bundle, adds messages to it ({@link OnfBundleAdd}), then commits it; the switch applies every
 * message or none.
 * <pre>
 *   | header 8 | 0x4f4e4600 | 2300 | bundle_id 32 | type 16 | flags 16 | properties ... |
 * </pre>
 *
 * @param xid the transaction id; a reply carries its request's
 * @param bundleId the bundle, an unsigned 32-bit value chosen by the controller
 * @param type what to do
 * @param flags {@link #ATOMIC} and {@link #ORDERED}, 16 bits
 * @param properties the properties, usually none
 */
public record OnfBundleControl(int xid, int bundleId, OnfBundleControlType type, int flags,
        List<OnfBundleProperty> properties) implements OfExtensionMessage {
    /** {@code OFPBF_ATOMIC}: apply all or nothing. */
    public static final int ATOMIC = 1 << 0;
    /** {@code OFPBF_ORDERED}: apply in the order added. */
    public static final int ORDERED = 1 << 1;

    /**
     * Checks the flags' width and copies the list.
     *
     * @throws IllegalArgumentException if the flags do not fit in 16 bits
     */
    public OnfBundleControl {
        OfUnsigned.check("bundle flags", flags, 16);
        properties = List.copyOf(properties);
    }

    /**
     * A control message without properties.
     *
     * @param xid the transaction id
     * @param bundleId the bundle
     * @param type what to do
     * @param flags the flags
     * @return the message
     */
    public static OnfBundleControl of(final int xid, final int bundleId, final OnfBundleControlType type,
            final int flags) {
        return new OnfBundleControl(xid, bundleId, type, flags, List.of());
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
