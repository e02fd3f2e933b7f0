/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * A property of {@link NxActionEncap} ({@code struct ofp_ed_prop_header} of Open vSwitch's
 * {@code ofp-ed-props.h}), padded to a multiple of 8 bytes on the wire.
 * <pre>
 *   | prop_class (16) | type (8) | len (8) | body, len - 4 bytes | zero pad to 8 bytes |
 * </pre>
 */
public sealed interface NxEncapProperty permits NxEncapProperty.NshMdType, NxEncapProperty.NshTlv,
        NxEncapProperty.Unknown {
    /** {@code OFPPPC_NSH}: the NSH property class. */
    int NSH_CLASS = 4;

    /**
     * {@code OFPPPT_PROP_NSH_MDTYPE} (class 4, type 1, len 5): the NSH metadata type ({@code md_type=1}).
     * <pre>
     *   | 4 (16) | 1 (8) | 5 (8) | md_type (8) | pad (24) |
     * </pre>
     *
     * @param mdType 1 for fixed-length context headers, 2 for variable-length TLVs
     */
    record NshMdType(int mdType) implements NxEncapProperty {
        /** The property type. */
        public static final int TYPE = 1;

        /**
         * Checks the type fits in 8 bits.
         *
         * @throws IllegalArgumentException if it does not
         */
        public NshMdType {
            OfUnsigned.check("md_type", mdType, 8);
        }
    }

    /**
     * {@code OFPPPT_PROP_NSH_TLV} (class 4, type 2): one NSH metadata TLV ({@code tlv(class,type,value)}); Open
     * vSwitch requires {@code len} to be 8 plus {@code tlv_len} rounded up to 8.
     * <pre>
     *   | 4 (16) | 2 (8) | len (8) | tlv_class (16) | tlv_type (8) | tlv_len (8) | value | zero pad to 8 bytes |
     * </pre>
     *
     * @param tlvClass the metadata class
     * @param tlvType the metadata type, C bit included
     * @param value the value, 0 to 127 bytes
     */
    record NshTlv(int tlvClass, int tlvType, OfBytes value) implements NxEncapProperty {
        /** The property type. */
        public static final int TYPE = 2;

        /**
         * Checks the widths.
         *
         * @throws IllegalArgumentException if a value does not fit
         */
        public NshTlv {
            OfUnsigned.check("tlv_class", tlvClass, 16);
            OfUnsigned.check("tlv_type", tlvType, 8);
            OfUnsigned.check("tlv_len", value.length(), 7);
        }
    }

    /**
     * Any other property, kept opaque so that it re-encodes byte for byte (Open vSwitch 3.1 itself refuses it with
     * {@code NXBAC_UNKNOWN_ED_PROP}).
     *
     * @param propClass the property class
     * @param type the property type
     * @param body the {@code len - 4} bytes after the header, without the padding
     */
    record Unknown(int propClass, int type, OfBytes body) implements NxEncapProperty {
        /**
         * Checks the widths and that it is not a property modelled above.
         *
         * @throws IllegalArgumentException if a value does not fit or the property is a known NSH one
         */
        public Unknown {
            OfUnsigned.check("prop_class", propClass, 16);
            OfUnsigned.check("type", type, 8);
            OfUnsigned.check("len", body.length() + 4, 8);
            if (propClass == NSH_CLASS && (type == NshMdType.TYPE || type == NshTlv.TYPE)) {
                throw new IllegalArgumentException("NSH property type " + type + " has its own record");
            }
        }
    }
}
