/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

/**
 * {@code OFPAT_DEC_MPLS_TTL} (type 16, 8 bytes, OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_generic}): decrement
 * the TTL of the outermost MPLS header.
 * <pre>
 *   | type = 16 (16) | len = 8 (16) | pad (32) |
 * </pre>
 */
public record OfActionDecMplsTtl() implements OfAction {
    /** The one instance; the action has no arguments. */
    public static final OfActionDecMplsTtl INSTANCE = new OfActionDecMplsTtl();
}
