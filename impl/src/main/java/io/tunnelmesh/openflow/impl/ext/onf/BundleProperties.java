/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.onf;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleProperty;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyExperimenter;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyUnknown;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes bundle property lists (OpenFlow 1.4.1 section 7.3.9.1): TLVs whose length excludes the padding
 * to 8 bytes that follows each. OpenFlow 1.3 has no property error type, so a malformed list is
 * {@code OFPBRC_BAD_LEN} (Open vSwitch's {@code OFPBPC_BAD_LEN} in 1.4).
 * <pre>
 *   | type 16 | length 16 | body (length - 4) | pad to 8 |
 * </pre>
 */
final class BundleProperties {
    private static final int HEADER = 4;
    private static final int EXPERIMENTER_HEADER = 12;

    private BundleProperties() {
        // Hidden on purpose
    }

    static List<OnfBundleProperty> read(final ByteBuf in) {
        if (!in.isReadable()) {
            return List.of();
        }
        final var properties = new ArrayList<OnfBundleProperty>();
        while (in.isReadable()) {
            if (in.readableBytes() < HEADER) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "bundle property needs 4 bytes, "
                    + in.readableBytes() + " left");
            }
            final int type = in.readUnsignedShort();
            final int length = in.readUnsignedShort();
            final int padded = length + OfWire.padding(length);
            final int minimum = type == OnfBundleProperty.EXPERIMENTER ? EXPERIMENTER_HEADER : HEADER;
            if (length < minimum || padded - HEADER > in.readableBytes()) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "bundle property type " + type + " length "
                    + length + " (padded " + padded + ") does not fit the " + (in.readableBytes() + HEADER)
                    + " bytes left");
            }
            if (type == OnfBundleProperty.EXPERIMENTER) {
                properties.add(new OnfBundlePropertyExperimenter(in.readInt(), in.readInt(),
                    OfWire.readBytes(in, length - EXPERIMENTER_HEADER)));
            } else {
                properties.add(new OnfBundlePropertyUnknown(type, OfWire.readBytes(in, length - HEADER)));
            }
            in.skipBytes(padded - length);
        }
        return properties;
    }

    static void write(final List<OnfBundleProperty> properties, final ByteBuf out) {
        for (var property : properties) {
            final int start = out.writerIndex();
            switch (property) {
                case OnfBundlePropertyExperimenter experimenter -> {
                    out.writeShort(OnfBundleProperty.EXPERIMENTER)
                        .writeShort(EXPERIMENTER_HEADER + experimenter.data().length())
                        .writeInt(experimenter.experimenter()).writeInt(experimenter.expType());
                    OfWire.writeBytes(out, experimenter.data());
                }
                case OnfBundlePropertyUnknown unknown -> {
                    out.writeShort(unknown.type()).writeShort(HEADER + unknown.body().length());
                    OfWire.writeBytes(out, unknown.body());
                }
            }
            OfWire.pad(out, start);
        }
    }
}
