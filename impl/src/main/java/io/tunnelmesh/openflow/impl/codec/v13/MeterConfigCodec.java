/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfig;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;

/**
 * The {@code ofp_meter_config} entries of a meter configuration reply (OpenFlow 1.3.5 section 7.3.5.13); see
 * {@link OfMeterConfig} for the layout. The bands are a meter mod's, read and written by {@link MeterBandCodec}: the
 * drop and DSCP-remark bands are exactly 16 bytes, experimenter and unknown bands keep what follows their header.
 */
final class MeterConfigCodec {
    private static final int METER_CONFIG = 8;

    private MeterConfigCodec() {
        // Hidden on purpose
    }

    static List<OfMeterConfig> decode(final ByteBuf body) {
        return MultipartEntries.lengthPrefixed(body, 0, METER_CONFIG, OfErrorCode.OFPBRC_BAD_LEN, "meter config",
            in -> {
                in.skipBytes(2);
                final int flags = in.readUnsignedShort();
                final int meterId = in.readInt();
                return new OfMeterConfig(flags, meterId, MeterBandCodec.decodeAll(in));
            });
    }

    static void encode(final List<OfMeterConfig> meters, final ByteBuf out) {
        for (var meter : meters) {
            final int start = out.writerIndex();
            out.writeShort(0).writeShort(meter.flags()).writeInt(meter.meterId());
            MeterBandCodec.encodeAll(meter.bands(), out);
            OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }
}
