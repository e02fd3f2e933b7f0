/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

/**
 * {@code OFPAT_STRIP_VLAN} (type 3, 8 bytes, OpenFlow 1.0.0 section 5.2.4): remove the 802.1Q tag, if any.
 * <pre>
 *   +---------------+---------------+-------------------------------+
 *   | type = 3      | len = 8       | pad (32)                      |
 *   +---------------+---------------+-------------------------------+
 * </pre>
 *
 */
public record Of10ActionStripVlan() implements Of10Action {
    /** The action; it has no fields. */
    public static final Of10ActionStripVlan INSTANCE = new Of10ActionStripVlan();
}
