/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.action.OfActionExtension;

/**
 * {@code NXAST_DEC_NSH_TTL} (Nicira subtype 48, 16 bytes; {@code dec_nsh_ttl} in {@code ovs-actions(7)}): decrement the
 * NSH TTL, sending the packet to the controller when it reaches zero.
 * <pre>
 *   | 0xffff (16) | len = 16 (16) | 0x00002320 (32) | subtype = 48 (16) | pad (48) |
 * </pre>
 */
public record NxActionDecNshTtl() implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 48;
    /** The one instance; the action has no arguments. */
    public static final NxActionDecNshTtl INSTANCE = new NxActionDecNshTtl();
}
