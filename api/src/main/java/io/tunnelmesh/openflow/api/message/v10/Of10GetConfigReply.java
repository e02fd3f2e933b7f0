/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.message.Of10Message;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;

/**
 * {@code OFPT_GET_CONFIG_REPLY} (type 8) of OpenFlow 1.0 (OpenFlow 1.0.0 section 5.3.2): the switch's answer to a
 * GET_CONFIG_REQUEST. The body is
 * {@code ofp_switch_config}, the same {@link OfSwitchConfig} as in 1.3 (in 1.0 the flags are the fragment handling
 * bits {@code OFPC_FRAG_*} alone).
 * <pre>
 *   +----------------------+-------------------+-----------------------+
 *   | ofp_header (8 bytes) | flags (16)        | miss_send_len (16)    |
 *   +----------------------+-------------------+-----------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param config the flags and miss-send length
 */
public record Of10GetConfigReply(int xid, OfSwitchConfig config) implements Of10Message {
}
