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
 * {@code NXAST_CT_CLEAR} (Nicira subtype 43, 16 bytes; {@code ct_clear} in {@code ovs-actions(7)}): clear the packet's
 * connection-tracking state.
 * <pre>
 *   | 0xffff (16) | len = 16 (16) | 0x00002320 (32) | subtype = 43 (16) | pad (48) |
 * </pre>
 */
public record NxActionCtClear() implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 43;
    /** The one instance; the action has no arguments. */
    public static final NxActionCtClear INSTANCE = new NxActionCtClear();
}
