/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * A property of an OpenFlow 1.0 queue (OpenFlow 1.0.0 section 5.2.2, {@code ofp_queue_prop_header}): the minimum
 * rate, the one property 1.0 defines, or an opaque property of another type ({@code OFPQT_NONE} among them).
 * <pre>
 *   +-------------------+---------------+------------------+-----------------------------+
 *   | property (16)     | len (16)      | pad (32)         | body, len - 8 bytes         |
 *   +-------------------+---------------+------------------+-----------------------------+
 * </pre>
 */
public sealed interface Of10QueueProperty {
    /** {@code OFPQT_NONE}: no property. */
    int OFPQT_NONE = 0;
    /** {@code OFPQT_MIN_RATE}: a minimum rate. */
    int OFPQT_MIN_RATE = 1;

    /**
     * {@code OFPQT_MIN_RATE} (16 bytes, {@code ofp_queue_prop_min_rate}): a minimum data rate guaranteed.
     * <pre>
     *   +-------------------+---------------+------------------+----------------+----------+
     *   | property = 1      | len = 16      | pad (32)         | rate (16)      | pad (48) |
     *   +-------------------+---------------+------------------+----------------+----------+
     * </pre>
     *
     * @param rate in tenths of a percent of the port's speed; above 1000 disabled
     */
    record MinRate(int rate) implements Of10QueueProperty {
        /**
         * Checks the rate fits in 16 bits.
         *
         * @throws IllegalArgumentException if it does not
         */
        public MinRate {
            OfUnsigned.check("rate", rate, 16);
        }
    }

    /**
     * A property of a type this library does not model, kept opaque.
     *
     * @param property the property type, never {@link #OFPQT_MIN_RATE}
     * @param body the bytes after the 8-byte property header, a multiple of 8 bytes
     */
    record Unknown(int property, OfBytes body) implements Of10QueueProperty {
        /**
         * Checks the type is not the modelled one and the body keeps the property a multiple of 8 bytes.
         *
         * @throws IllegalArgumentException if the type is the modelled one or does not fit in 16 bits, or the body
         *     has the wrong length
         */
        public Unknown {
            OfUnsigned.check("property", property, 16);
            if (property == OFPQT_MIN_RATE) {
                throw new IllegalArgumentException("OFPQT_MIN_RATE is a MinRate");
            }
            if (body.length() % 8 != 0) {
                throw new IllegalArgumentException("queue property body must be a multiple of 8 bytes: "
                    + body.length());
            }
        }
    }
}
