/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

/**
 * {@code OFPAT_GROUP} (type 22, 8 bytes, OpenFlow 1.3.5 section 7.2.5): apply a group.
 * <pre>
 *   | type = 22 (16) | len = 8 (16) | group_id (32) |
 * </pre>
 *
 * @param groupId the group id
 */
public record OfActionGroup(int groupId) implements OfAction {
    /**
     * Apply a group.
     *
     * @param groupId the group id
     * @return the action
     */
    public static OfActionGroup of(final int groupId) {
        return new OfActionGroup(groupId);
    }
}
