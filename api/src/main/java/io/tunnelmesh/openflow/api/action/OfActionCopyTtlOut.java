/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

/**
 * {@code OFPAT_COPY_TTL_OUT} (type 11, 8 bytes, OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_generic}): copy the TTL
 * from the next-to-outermost header to the outermost (IP to MPLS, MPLS to MPLS). Open vSwitch does not implement it (it
 * answers {@code OFPBAC_BAD_TYPE}).
 * <pre>
 *   | type = 11 (16) | len = 8 (16) | pad (32) |
 * </pre>
 */
public record OfActionCopyTtlOut() implements OfAction {
    /** The one instance; the action has no arguments. */
    public static final OfActionCopyTtlOut INSTANCE = new OfActionCopyTtlOut();
}
