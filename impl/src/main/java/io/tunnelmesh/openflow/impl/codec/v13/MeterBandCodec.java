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
import io.tunnelmesh.openflow.api.message.OfMeterBand;
import io.tunnelmesh.openflow.api.message.OfMeterBandDrop;
import io.tunnelmesh.openflow.api.message.OfMeterBandDscpRemark;
import io.tunnelmesh.openflow.api.message.OfMeterBandExperimenter;
import io.tunnelmesh.openflow.api.message.OfMeterBandUnknown;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes lists of meter bands (OpenFlow 1.3.5 section 7.3.4.4), shared by the meter mod and the meter configuration
 * multipart reply. A band shorter than 16 bytes, longer than what is left, or a drop or DSCP remark band of another
 * length than 16 is {@code OFPBRC_BAD_LEN}, as Open vSwitch answers. Bands of unknown types are kept opaque where Open
 * vSwitch, a switch, answers {@code OFPMMFC_BAD_BAND}: a controller library decodes what it is sent.
 */
final class MeterBandCodec {
    /** The length of every standard band, and the least length of any band. */
    static final int STANDARD_LENGTH = 16;
    private static final int HEADER_LENGTH = 12;

    private MeterBandCodec() {
        // Hidden on purpose
    }

    /**
     * Reads bands up to the end of the buffer.
     *
     * @param in exactly the bytes of the band list
     * @return the bands
     */
    static List<OfMeterBand> decodeAll(final ByteBuf in) {
        final var bands = new ArrayList<OfMeterBand>();
        while (in.isReadable()) {
            final int left = in.readableBytes();
            if (left < STANDARD_LENGTH) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "meter bands end with " + left
                    + " leftover bytes");
            }
            final int type = in.readUnsignedShort();
            final int length = in.readUnsignedShort();
            if (length < STANDARD_LENGTH || length > left) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "meter band type " + type + " length " + length
                    + (length < STANDARD_LENGTH ? " < " + STANDARD_LENGTH : " exceeds the " + left + " bytes left"));
            }
            final int rate = in.readInt();
            final int burstSize = in.readInt();
            final var rest = in.readSlice(length - HEADER_LENGTH);
            bands.add(switch (type) {
                case OfMeterBandDrop.TYPE -> {
                    requireStandardLength(type, length);
                    yield new OfMeterBandDrop(rate, burstSize);
                }
                case OfMeterBandDscpRemark.TYPE -> {
                    requireStandardLength(type, length);
                    yield new OfMeterBandDscpRemark(rate, burstSize, rest.readUnsignedByte());
                }
                case OfMeterBandExperimenter.TYPE ->
                    new OfMeterBandExperimenter(rate, burstSize, rest.readInt(), OfWire.readRest(rest));
                default -> new OfMeterBandUnknown(type, rate, burstSize, OfWire.readRest(rest));
            });
        }
        return bands;
    }

    private static void requireStandardLength(final int type, final int length) {
        if (length != STANDARD_LENGTH) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "meter band type " + type + " length " + length
                + " != " + STANDARD_LENGTH);
        }
    }

    /**
     * Writes bands.
     *
     * @param bands the bands
     * @param out the buffer
     */
    static void encodeAll(final List<OfMeterBand> bands, final ByteBuf out) {
        for (var band : bands) {
            switch (band) {
                case OfMeterBandDrop drop -> header(out, OfMeterBandDrop.TYPE, STANDARD_LENGTH, drop).writeZero(4);
                case OfMeterBandDscpRemark remark -> header(out, OfMeterBandDscpRemark.TYPE, STANDARD_LENGTH, remark)
                    .writeByte(remark.precLevel()).writeZero(3);
                case OfMeterBandExperimenter experimenter -> {
                    header(out, OfMeterBandExperimenter.TYPE, STANDARD_LENGTH + experimenter.data().length(),
                        experimenter).writeInt(experimenter.experimenter());
                    OfWire.writeBytes(out, experimenter.data());
                }
                case OfMeterBandUnknown unknown -> {
                    header(out, unknown.type(), HEADER_LENGTH + unknown.body().length(), unknown);
                    OfWire.writeBytes(out, unknown.body());
                }
            }
        }
    }

    private static ByteBuf header(final ByteBuf out, final int type, final int length, final OfMeterBand band) {
        return out.writeShort(type).writeShort(length).writeInt(band.rate()).writeInt(band.burstSize());
    }
}
