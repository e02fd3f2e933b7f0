/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.Of10Message;

/**
 * {@code OFPT_VENDOR} (type 4, OpenFlow 1.0.0 section 5.5.4, {@code ofp_vendor_header}): a vendor extension
 * message, kept opaque. Unlike 1.3's experimenter message there is no {@code exp_type} field: what follows the
 * vendor id is the vendor's (Nicira messages start it with a 32-bit subtype).
 * <pre>
 *   +----------------------+-------------------+------------------------------+
 *   | ofp_header (8 bytes) | vendor (32)       | vendor-defined data          |
 *   +----------------------+-------------------+------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param vendor the vendor id, such as 0x00002320 for Nicira
 * @param data everything after the vendor id
 */
public record Of10Vendor(int xid, int vendor, OfBytes data) implements Of10Message {
}
