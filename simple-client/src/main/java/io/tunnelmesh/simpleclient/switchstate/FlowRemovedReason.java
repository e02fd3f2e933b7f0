/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

/**
 * Why a flow left its table ({@code ofp_flow_removed_reason}, OpenFlow 1.3.5 section 7.4.2).
 */
public enum FlowRemovedReason {
    /** {@code OFPRR_IDLE_TIMEOUT}: no packet for {@code idle_timeout} seconds. */
    IDLE_TIMEOUT(0),
    /** {@code OFPRR_HARD_TIMEOUT}: {@code hard_timeout} seconds after it was added. */
    HARD_TIMEOUT(1),
    /**
     * {@code OFPRR_DELETE}: a delete flow-mod, or (OpenFlow 1.3 has no {@code OFPRR_METER_DELETE}) the deletion of
     * its meter.
     */
    DELETE(2),
    /** {@code OFPRR_GROUP_DELETE}: the deletion of a group it forwards to. */
    GROUP_DELETE(3);

    private final int code;

    FlowRemovedReason(final int code) {
        this.code = code;
    }

    /**
     * The code on the wire.
     *
     * @return the reason byte
     */
    public int code() {
        return code;
    }
}
