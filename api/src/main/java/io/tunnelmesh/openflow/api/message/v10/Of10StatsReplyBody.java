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
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of an OpenFlow 1.0 stats reply (OpenFlow 1.0.0 section 5.3.5), one record per {@code ofp_stats_types}
 * value, with the type constants of {@link Of10StatsRequestBody}; types this library does not model stay opaque.
 */
public sealed interface Of10StatsReplyBody {
    /**
     * The statistics type written in the message.
     *
     * @return the 16-bit {@code ofp_stats_types} value
     */
    int type();

    /**
     * {@code OFPST_DESC} ({@code ofp_desc_stats}, 1056 bytes): what the switch is. Each string is NUL-padded to
     * its field: 256 bytes ({@code DESC_STR_LEN}), the serial number 32 ({@code SERIAL_NUM_LEN}).
     * <pre>
     *   +-------------+------------+------------+-----------------+------------+
     *   | mfr_desc    | hw_desc    | sw_desc    | serial_num (32) | dp_desc    |
     *   | (256 bytes) | (256)      | (256)      |                 | (256)      |
     *   +-------------+------------+------------+-----------------+------------+
     * </pre>
     *
     * @param manufacturer the manufacturer
     * @param hardware the hardware description
     * @param software the software description
     * @param serialNumber the serial number
     * @param datapath a human-readable description of the datapath
     */
    record Desc(String manufacturer, String hardware, String software, String serialNumber, String datapath)
            implements Of10StatsReplyBody {
        /** Size of the body. */
        public static final int LENGTH = 1056;
        /** {@code DESC_STR_LEN}. */
        public static final int DESC_STR_LEN = 256;
        /** {@code SERIAL_NUM_LEN}. */
        public static final int SERIAL_NUM_LEN = 32;

        /**
         * Checks every string fits its field with a terminating NUL.
         *
         * @throws IllegalArgumentException if one does not, or contains a NUL
         */
        public Desc {
            checkString("mfr_desc", manufacturer, DESC_STR_LEN);
            checkString("hw_desc", hardware, DESC_STR_LEN);
            checkString("sw_desc", software, DESC_STR_LEN);
            checkString("serial_num", serialNumber, SERIAL_NUM_LEN);
            checkString("dp_desc", datapath, DESC_STR_LEN);
        }

        @Override
        public int type() {
            return Of10StatsRequestBody.OFPST_DESC;
        }
    }

    /**
     * {@code OFPST_FLOW}: the flows that matched the request.
     *
     * @param flows one entry per flow
     */
    record Flow(List<Of10FlowStats> flows) implements Of10StatsReplyBody {
        /**
         * Copies the entries.
         */
        public Flow {
            flows = List.copyOf(flows);
        }

        @Override
        public int type() {
            return Of10StatsRequestBody.OFPST_FLOW;
        }
    }

    /**
     * {@code OFPST_AGGREGATE} ({@code ofp_aggregate_stats_reply}, 24 bytes): totals over the matching flows.
     * <pre>
     *   +-------------------+-------------------+-----------------+----------+
     *   | packet_count (64) | byte_count (64)   | flow_count (32) | pad (32) |
     *   +-------------------+-------------------+-----------------+----------+
     * </pre>
     *
     * @param packetCount packets the flows matched
     * @param byteCount bytes the flows matched
     * @param flowCount how many flows matched
     */
    record Aggregate(long packetCount, long byteCount, int flowCount) implements Of10StatsReplyBody {
        /** Size of the body. */
        public static final int LENGTH = 24;

        @Override
        public int type() {
            return Of10StatsRequestBody.OFPST_AGGREGATE;
        }
    }

    /**
     * {@code OFPST_TABLE}: one entry per table.
     *
     * @param tables the entries
     */
    record Table(List<Of10TableStats> tables) implements Of10StatsReplyBody {
        /**
         * Copies the entries.
         */
        public Table {
            tables = List.copyOf(tables);
        }

        @Override
        public int type() {
            return Of10StatsRequestBody.OFPST_TABLE;
        }
    }

    /**
     * {@code OFPST_PORT}: one entry per port.
     *
     * @param ports the entries
     */
    record Port(List<Of10PortStats> ports) implements Of10StatsReplyBody {
        /**
         * Copies the entries.
         */
        public Port {
            ports = List.copyOf(ports);
        }

        @Override
        public int type() {
            return Of10StatsRequestBody.OFPST_PORT;
        }
    }

    /**
     * {@code OFPST_QUEUE}: one entry per queue.
     *
     * @param queues the entries
     */
    record Queue(List<Of10QueueStats> queues) implements Of10StatsReplyBody {
        /**
         * Copies the entries.
         */
        public Queue {
            queues = List.copyOf(queues);
        }

        @Override
        public int type() {
            return Of10StatsRequestBody.OFPST_QUEUE;
        }
    }

    /**
     * {@code OFPST_VENDOR}: a vendor-defined reply, kept opaque.
     *
     * @param vendor the vendor id
     * @param data everything after the vendor id
     */
    record Vendor(int vendor, OfBytes data) implements Of10StatsReplyBody {
        @Override
        public int type() {
            return Of10StatsRequestBody.OFPST_VENDOR;
        }
    }

    /**
     * A reply of a type 1.0 does not define, kept opaque.
     *
     * @param type the statistics type, never one {@link Of10StatsRequestBody#isStandard(int)} knows
     * @param body the body
     */
    record Unknown(int type, OfBytes body) implements Of10StatsReplyBody {
        /**
         * Checks the type is not a standard one.
         *
         * @throws IllegalArgumentException if it is, or does not fit in 16 bits
         */
        public Unknown {
            OfUnsigned.check("type", type, 16);
            if (Of10StatsRequestBody.isStandard(type)) {
                throw new IllegalArgumentException("stats type " + type + " has its own record");
            }
        }
    }

    /**
     * Checks a string fits a fixed NUL-padded field with its terminating NUL.
     *
     * @param field the spec's field name, for the message
     * @param value the string
     * @param length the field's size in bytes
     * @throws IllegalArgumentException if it does not fit or contains a NUL
     */
    static void checkString(final String field, final String value, final int length) {
        if (value.getBytes(StandardCharsets.UTF_8).length >= length || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " must be under " + length + " bytes without NUL: " + value);
        }
    }
}
