/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the {@code struct nx_tlv_map} list that ends the TLV table messages.
 * <pre>
 *   | option_class 16 | option_type 8 | option_len 8 | index 16 | pad 16 |
 * </pre>
 */
final class TlvMaps {
    private TlvMaps() {
        // Hidden on purpose
    }

    static List<NxTlvMap> read(final ByteBuf in) {
        final var maps = new ArrayList<NxTlvMap>(in.readableBytes() / NxTlvMap.LENGTH);
        while (in.isReadable()) {
            final var map = new NxTlvMap(in.readUnsignedShort(), in.readUnsignedByte(), in.readUnsignedByte(),
                in.readUnsignedShort());
            in.skipBytes(2);
            maps.add(map);
        }
        return maps;
    }

    static void write(final List<NxTlvMap> maps, final ByteBuf out) {
        for (var map : maps) {
            out.writeShort(map.optionClass()).writeByte(map.optionType()).writeByte(map.optionLength())
                .writeShort(map.index()).writeShort(0);
        }
    }
}
