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
 * The body of an OpenFlow 1.0 stats request (OpenFlow 1.0.0 section 5.3.5), one record per {@code ofp_stats_types}
 * value; types this library does not model (such as Open vSwitch's port-description extension, 13) stay opaque.
 */
public sealed interface Of10StatsRequestBody {
    /** {@code OFPST_DESC}. */
    int OFPST_DESC = 0;
    /** {@code OFPST_FLOW}. */
    int OFPST_FLOW = 1;
    /** {@code OFPST_AGGREGATE}. */
    int OFPST_AGGREGATE = 2;
    /** {@code OFPST_TABLE}. */
    int OFPST_TABLE = 3;
    /** {@code OFPST_PORT}. */
    int OFPST_PORT = 4;
    /** {@code OFPST_QUEUE}. */
    int OFPST_QUEUE = 5;
    /** {@code OFPST_VENDOR}. */
    int OFPST_VENDOR = 0xffff;

    /**
     * The statistics type written in the message.
     *
     * @return the 16-bit {@code ofp_stats_types} value
     */
    int type();

    /**
     * Whether OpenFlow 1.0 defines a statistics type, so that it has records of its own.
     *
     * @param type the 16-bit type
     * @return true for 0 to 5 and {@link #OFPST_VENDOR}
     */
    static boolean isStandard(final int type) {
        return type >= OFPST_DESC && type <= OFPST_QUEUE || type == OFPST_VENDOR;
    }

    /**
     * {@code OFPST_DESC}: the switch description; no body.
     */
    record Desc() implements Of10StatsRequestBody {
        /** The request body. */
        public static final Desc INSTANCE = new Desc();

        @Override
        public int type() {
            return OFPST_DESC;
        }
    }

    /**
     * {@code OFPST_FLOW} ({@code ofp_flow_stats_request}, 44 bytes): the flows matching a match.
     * <pre>
     *   +--------------------------------------+--------------+---------+---------------+
     *   | ofp_match (40 bytes)                 | table_id (8) | pad (8) | out_port (16) |
     *   +--------------------------------------+--------------+---------+---------------+
     * </pre>
     *
     * @param match the flows to describe
     * @param tableId the table, or 0xff for all
     * @param outPort only flows outputting to this port, or {@code OFPP_NONE}
     */
    record Flow(Of10Match match, int tableId, int outPort) implements Of10StatsRequestBody {
        /** Size of the body. */
        public static final int LENGTH = 44;

        /**
         * Checks the narrow fields.
         *
         * @throws IllegalArgumentException if one does not fit its width
         */
        public Flow {
            OfUnsigned.check("table_id", tableId, 8);
            OfUnsigned.check("out_port", outPort, 16);
        }

        @Override
        public int type() {
            return OFPST_FLOW;
        }
    }

    /**
     * {@code OFPST_AGGREGATE} ({@code ofp_aggregate_stats_request}, 44 bytes): totals over the flows matching a
     * match; the layout of {@link Flow}.
     *
     * @param match the flows to add up
     * @param tableId the table, or 0xff for all
     * @param outPort only flows outputting to this port, or {@code OFPP_NONE}
     */
    record Aggregate(Of10Match match, int tableId, int outPort) implements Of10StatsRequestBody {
        /**
         * Checks the narrow fields.
         *
         * @throws IllegalArgumentException if one does not fit its width
         */
        public Aggregate {
            OfUnsigned.check("table_id", tableId, 8);
            OfUnsigned.check("out_port", outPort, 16);
        }

        @Override
        public int type() {
            return OFPST_AGGREGATE;
        }
    }

    /**
     * {@code OFPST_TABLE}: statistics of every table; no body.
     */
    record Table() implements Of10StatsRequestBody {
        /** The request body. */
        public static final Table INSTANCE = new Table();

        @Override
        public int type() {
            return OFPST_TABLE;
        }
    }

    /**
     * {@code OFPST_PORT} ({@code ofp_port_stats_request}, 8 bytes): counters of one port or all.
     * <pre>
     *   +---------------+---------------+
     *   | port_no (16)  | pad (48)      |
     *   +---------------+---------------+
     * </pre>
     *
     * @param portNo the port, or {@code OFPP_NONE} for all
     */
    record Port(int portNo) implements Of10StatsRequestBody {
        /**
         * Checks the port fits in 16 bits.
         *
         * @throws IllegalArgumentException if it does not
         */
        public Port {
            OfUnsigned.check("port_no", portNo, 16);
        }

        @Override
        public int type() {
            return OFPST_PORT;
        }
    }

    /**
     * {@code OFPST_QUEUE} ({@code ofp_queue_stats_request}, 8 bytes): counters of queues.
     * <pre>
     *   +---------------+---------------+-------------------+
     *   | port_no (16)  | pad (16)      | queue_id (32)     |
     *   +---------------+---------------+-------------------+
     * </pre>
     *
     * @param portNo the port, or {@code OFPP_ALL}
     * @param queueId the queue, or {@code OFPQ_ALL} (0xffffffff)
     */
    record Queue(int portNo, int queueId) implements Of10StatsRequestBody {
        /** {@code OFPQ_ALL}: every queue. */
        public static final int ALL_QUEUES = 0xffffffff;

        /**
         * Checks the port fits in 16 bits.
         *
         * @throws IllegalArgumentException if it does not
         */
        public Queue {
            OfUnsigned.check("port_no", portNo, 16);
        }

        @Override
        public int type() {
            return OFPST_QUEUE;
        }
    }

    /**
     * {@code OFPST_VENDOR}: a vendor-defined request, kept opaque.
     *
     * @param vendor the vendor id
     * @param data everything after the vendor id
     */
    record Vendor(int vendor, OfBytes data) implements Of10StatsRequestBody {
        @Override
        public int type() {
            return OFPST_VENDOR;
        }
    }

    /**
     * A request of a type 1.0 does not define, kept opaque.
     *
     * @param type the statistics type, never one {@link #isStandard(int)} knows
     * @param body the body
     */
    record Unknown(int type, OfBytes body) implements Of10StatsRequestBody {
        /**
         * Checks the type is not a standard one.
         *
         * @throws IllegalArgumentException if it is, or does not fit in 16 bits
         */
        public Unknown {
            OfUnsigned.check("type", type, 16);
            if (isStandard(type)) {
                throw new IllegalArgumentException("stats type " + type + " has its own record");
            }
        }
    }
}
