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
 * {@code NXAST_SET_TUNNEL64} (Nicira subtype 9, 24 bytes; {@code set_tunnel64:id} in {@code ovs-actions(7)}): set
 * the tunnel id to a 64-bit value. Open vSwitch only emits it for OpenFlow 1.0; in OpenFlow 1.3 it writes
 * {@code set_field:id->tun_id}, but it decodes this action in any version.
 * <pre>
 *   | 0xffff (16) | len = 24 (16) | 0x00002320 (32) | subtype = 9 (16) | pad (48) | tun_id (64) |
 * </pre>
 *
 * @param tunnelId the tunnel id, unsigned 64 bits
 */
public record NxActionSetTunnel64(long tunnelId) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 9;
}
