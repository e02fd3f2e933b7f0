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
 * {@code NXAST_POP_QUEUE} (Nicira subtype 5, 16 bytes; {@code pop_queue} in {@code ovs-actions(7)}): restore the queue
 * to the one in effect before any {@code set_queue}.
 * <pre>
 *   | 0xffff (16) | len = 16 (16) | 0x00002320 (32) | subtype = 5 (16) | pad (48) |
 * </pre>
 */
public record NxActionPopQueue() implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 5;
    /** The one instance; the action has no arguments. */
    public static final NxActionPopQueue INSTANCE = new NxActionPopQueue();
}
