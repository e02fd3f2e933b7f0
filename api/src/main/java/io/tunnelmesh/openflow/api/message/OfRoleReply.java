/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_ROLE_REPLY} (OpenFlow 1.3.5 section 7.3.9, {@code ofp_role_request}, 24 bytes): the switch's answer to
 * {@link OfRoleRequest}, with the role now in force.
 * <pre>
 *   +----------------------+-------------------+-------------------+
 *   | ofp_header (8 bytes) | role (32)         | pad (32)          |
 *   +----------------------+-------------------+-------------------+
 *   | generation_id (64)                                           |
 *   +--------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param role the role
 * @param generationId the master election generation id, ignored for {@code EQUAL} and {@code NOCHANGE}
 */
public record OfRoleReply(int xid, OfControllerRole role, long generationId) implements OfMessage {
    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
