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
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import java.util.List;

/**
 * {@code NXAST_CONTROLLER2} (Nicira subtype 37, a multiple of 8 bytes, at least 16;
 * {@code controller(reason=..,max_len=..,id=..,userdata=..,pause,meter_id=..)} in {@code ovs-actions(7)}): send the
 * packet to the controller, with the options as property TLVs ({@code NXAC2PT_*}) so that they can grow. Open vSwitch
 * emits it when userdata, pause or a meter are asked for, and only the properties whose value is not the default.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 37 (16) | pad (48) |
 *   | properties: | type (16) | length (16) | value | zero pad to 8 bytes | ...
 * </pre>
 * Open vSwitch answers, and so does the codec, {@code NXBRC_MUST_BE_ZERO} (a Nicira experimenter error) for a
 * nonzero pad, {@code OFPBPC_BAD_LEN} for a property of the wrong length and {@code OFPBPC_BAD_TYPE} for an unknown
 * one (in OpenFlow 1.3 the codes (13, 3) and (13, 2), which 1.3.5 names {@code OFPTFFC_BAD_LEN} and
 * {@code OFPTFFC_BAD_TYPE}).
 *
 * @param properties the properties in wire order
 */
public record NxActionController2(List<Property> properties) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 37;

    /**
     * Copies the properties.
     */
    public NxActionController2 {
        properties = List.copyOf(properties);
    }

    /**
     * One {@code NXAC2PT_*} property.
     */
    public sealed interface Property permits MaxLength, ControllerId, Reason, Userdata, Pause, MeterId {
        // One record per property type.
    }

    /**
     * {@code NXAC2PT_MAX_LEN} (type 0, length 8: a 2-byte value and 2 zero bytes): bytes of the packet to send; all
     * when absent.
     *
     * @param maxLength the length
     */
    public record MaxLength(int maxLength) implements Property {
        /** The property type. */
        public static final int TYPE = 0;

        /**
         * Checks the width.
         *
         * @throws IllegalArgumentException if it does not fit in 16 bits
         */
        public MaxLength {
            OfUnsigned.check("max_len", maxLength, 16);
        }
    }

    /**
     * {@code NXAC2PT_CONTROLLER_ID} (type 1, length 8: a 2-byte value and 2 zero bytes): the controller connection id;
     * 0 when absent.
     *
     * @param controllerId the id
     */
    public record ControllerId(int controllerId) implements Property {
        /** The property type. */
        public static final int TYPE = 1;

        /**
         * Checks the width.
         *
         * @throws IllegalArgumentException if it does not fit in 16 bits
         */
        public ControllerId {
            OfUnsigned.check("controller_id", controllerId, 16);
        }
    }

    /**
     * {@code NXAC2PT_REASON} (type 2, 1-byte value): the packet-in reason; {@code OFPR_ACTION} when absent.
     *
     * @param reason the reason
     */
    public record Reason(int reason) implements Property {
        /** The property type. */
        public static final int TYPE = 2;

        /**
         * Checks the width.
         *
         * @throws IllegalArgumentException if it does not fit in 8 bits
         */
        public Reason {
            OfUnsigned.check("reason", reason, 8);
        }
    }

    /**
     * {@code NXAC2PT_USERDATA} (type 3, any length): bytes copied into the packet-in's {@code NXPINT_USERDATA}.
     *
     * @param userdata the bytes
     */
    public record Userdata(OfBytes userdata) implements Property {
        /** The property type. */
        public static final int TYPE = 3;

        /**
         * Checks the property length fits in 16 bits.
         *
         * @throws IllegalArgumentException if it does not
         */
        public Userdata {
            OfUnsigned.check("property length", userdata.length() + 4, 16);
        }
    }

    /**
     * {@code NXAC2PT_PAUSE} (type 4, no value): pause the pipeline until the controller resumes it.
     */
    public record Pause() implements Property {
        /** The property type. */
        public static final int TYPE = 4;
        /** The one instance. */
        public static final Pause INSTANCE = new Pause();
    }

    /**
     * {@code NXAC2PT_METER_ID} (type 5, 4-byte value): the meter the packet-in goes through.
     *
     * @param meterId the meter
     */
    public record MeterId(int meterId) implements Property {
        /** The property type. */
        public static final int TYPE = 5;
    }
}
