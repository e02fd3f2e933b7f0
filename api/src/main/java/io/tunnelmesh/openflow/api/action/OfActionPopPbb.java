/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

/**
 * {@code OFPAT_POP_PBB} (type 27, 8 bytes, OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_generic}): pop the outermost
 * PBB service instance header. Open vSwitch does not implement it (it answers {@code OFPBAC_BAD_TYPE}).
 * <pre>
 *   | type = 27 (16) | len = 8 (16) | pad (32) |
 * </pre>
 */
public record OfActionPopPbb() implements OfAction {
    /** The one instance; the action has no arguments. */
    public static final OfActionPopPbb INSTANCE = new OfActionPopPbb();
}
