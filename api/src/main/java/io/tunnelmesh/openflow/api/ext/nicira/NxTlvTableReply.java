/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;
import java.util.List;

/**
 * {@code NXT_TLV_TABLE_REPLY} (Nicira experimenter message 26, {@code struct nx_tlv_table_reply}): a switch's TLV
 * table limits and its current mappings.
 * <pre>
 *   | header 8 | 0x00002320 | subtype 26 | max_option_space 32 | max_fields 16 | reserved 80 | nx_tlv_map ... |
 * </pre>
 *
 * @param xid the transaction id of the request
 * @param maxOptionSpace the most option bytes the switch can map in total, an unsigned 32-bit value
 * @param maxFields the number of {@code tun_metadata} fields the switch has, 16 bits
 * @param mappings the mappings in use
 */
public record NxTlvTableReply(int xid, int maxOptionSpace, int maxFields, List<NxTlvMap> mappings)
        implements OfExtensionMessage {
    /**
     * Checks the widths and copies the list.
     *
     * @throws IllegalArgumentException if {@code maxFields} does not fit in 16 bits
     */
    public NxTlvTableReply {
        OfUnsigned.check("max_fields", maxFields, 16);
        mappings = List.copyOf(mappings);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
