/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfig;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigBand;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;

/**
 * The {@code ofp_meter_config} entries of a meter configuration reply (OpenFlow 1.3.5 section 7.3.5.13) and their
 * bands (section 7.3.4.5); see {@link OfMeterConfig} and {@link OfMeterConfigBand} for the layouts. The drop and
 * DSCP-remark bands are exactly 16 bytes; experimenter and unknown bands keep whatever follows their header.
 */
final class MeterConfigCodec {
    private static final int METER_CONFIG = 8;
    private static final int BAND_HEADER = 12;
    private static final int STANDARD_BAND = 16;

    private MeterConfigCodec() {
        // Hidden on purpose
    }

    static List<OfMeterConfig> decode(final ByteBuf body) {
        return MultipartEntries.lengthPrefixed(body, 0, METER_CONFIG, OfErrorCode.OFPBRC_BAD_LEN, "meter config",
            in -> {
                in.skipBytes(2);
                final int flags = in.readUnsignedShort();
                final int meterId = in.readInt();
                return new OfMeterConfig(flags, meterId, MultipartEntries.lengthPrefixed(in, 2, BAND_HEADER,
                    OfErrorCode.OFPBRC_BAD_LEN, "meter band", MeterConfigCodec::decodeBand));
            });
    }

    private static OfMeterConfigBand decodeBand(final ByteBuf in) {
        final int type = in.readUnsignedShort();
        final int length = in.readUnsignedShort();
        final int rate = in.readInt();
        final int burstSize = in.readInt();
        return switch (type) {
            case OfMeterConfigBand.DROP -> {
                standard(in, type, length).skipBytes(4);
                yield new OfMeterConfigBand.Drop(rate, burstSize);
            }
            case OfMeterConfigBand.DSCP_REMARK -> {
                final int precLevel = standard(in, type, length).readUnsignedByte();
                in.skipBytes(3);
                yield new OfMeterConfigBand.DscpRemark(rate, burstSize, precLevel);
            }
            case OfMeterConfigBand.EXPERIMENTER -> {
                if (length < STANDARD_BAND) {
                    throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "experimenter meter band length "
                        + length + " < 16");
                }
                yield new OfMeterConfigBand.Experimenter(rate, burstSize, in.readInt(), OfWire.readRest(in));
            }
            default -> new OfMeterConfigBand.Unknown(type, rate, burstSize, OfWire.readRest(in));
        };
    }

    private static ByteBuf standard(final ByteBuf in, final int type, final int length) {
        if (length != STANDARD_BAND) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "meter band type " + type + " length " + length
                + " != 16");
        }
        return in;
    }

    static void encode(final List<OfMeterConfig> meters, final ByteBuf out) {
        for (var meter : meters) {
            final int start = out.writerIndex();
            out.writeShort(0).writeShort(meter.flags()).writeInt(meter.meterId());
            for (var band : meter.bands()) {
                final int bandStart = out.writerIndex();
                out.writeShort(bandType(band)).writeShort(0).writeInt(band.rate()).writeInt(band.burstSize());
                switch (band) {
                    case OfMeterConfigBand.Drop drop -> out.writeZero(4);
                    case OfMeterConfigBand.DscpRemark dscp -> out.writeByte(dscp.precLevel()).writeZero(3);
                    case OfMeterConfigBand.Experimenter experimenter -> {
                        out.writeInt(experimenter.experimenter());
                        OfWire.writeBytes(out, experimenter.data());
                    }
                    case OfMeterConfigBand.Unknown unknown -> OfWire.writeBytes(out, unknown.data());
                }
                OfWire.patchLength(out, bandStart, 2, out.writerIndex() - bandStart, OfErrorCode.OFPBRC_BAD_LEN);
            }
            OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }

    private static int bandType(final OfMeterConfigBand band) {
        return switch (band) {
            case OfMeterConfigBand.Drop drop -> OfMeterConfigBand.DROP;
            case OfMeterConfigBand.DscpRemark dscp -> OfMeterConfigBand.DSCP_REMARK;
            case OfMeterConfigBand.Experimenter experimenter -> OfMeterConfigBand.EXPERIMENTER;
            case OfMeterConfigBand.Unknown unknown -> unknown.type();
        };
    }
}
