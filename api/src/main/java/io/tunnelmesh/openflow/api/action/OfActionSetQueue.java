/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

/**
 * {@code OFPAT_SET_QUEUE} (type 21, 8 bytes, OpenFlow 1.3.5 section 7.2.5): set the queue an output port uses for the
 * packet.
 * <pre>
 *   | type = 21 (16) | len = 8 (16) | queue_id (32) |
 * </pre>
 *
 * @param queueId the queue id
 */
public record OfActionSetQueue(int queueId) implements OfAction {
    /**
     * Set the queue.
     *
     * @param queueId the queue id
     * @return the action
     */
    public static OfActionSetQueue of(final int queueId) {
        return new OfActionSetQueue(queueId);
    }
}
