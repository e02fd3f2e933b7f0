/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;
import java.util.List;
import java.util.Set;

/**
 * A table feature property (OpenFlow 1.3.5 section 7.3.5.5.2, {@code ofp_table_feature_prop_header}): a TLV whose
 * length excludes the padding that brings it to a multiple of 8 bytes. One record per property shape; the
 * {@code _MISS} variant of each list property (what the table supports for its table-miss entry) is the same record
 * with the odd type. Properties of types OpenFlow 1.3 does not define are kept opaque in {@link Unknown}.
 * <pre>
 *   | type (16) | length (16) | body, length - 4 bytes | pad to 8 bytes |
 * </pre>
 */
public sealed interface OfTableFeatureProperty {
    /** {@code OFPTFPT_INSTRUCTIONS}. */
    int INSTRUCTIONS = 0;
    /** {@code OFPTFPT_INSTRUCTIONS_MISS}. */
    int INSTRUCTIONS_MISS = 1;
    /** {@code OFPTFPT_NEXT_TABLES}. */
    int NEXT_TABLES = 2;
    /** {@code OFPTFPT_NEXT_TABLES_MISS}. */
    int NEXT_TABLES_MISS = 3;
    /** {@code OFPTFPT_WRITE_ACTIONS}. */
    int WRITE_ACTIONS = 4;
    /** {@code OFPTFPT_WRITE_ACTIONS_MISS}. */
    int WRITE_ACTIONS_MISS = 5;
    /** {@code OFPTFPT_APPLY_ACTIONS}. */
    int APPLY_ACTIONS = 6;
    /** {@code OFPTFPT_APPLY_ACTIONS_MISS}. */
    int APPLY_ACTIONS_MISS = 7;
    /** {@code OFPTFPT_MATCH}. */
    int MATCH = 8;
    /** {@code OFPTFPT_WILDCARDS}. */
    int WILDCARDS = 10;
    /** {@code OFPTFPT_WRITE_SETFIELD}. */
    int WRITE_SETFIELD = 12;
    /** {@code OFPTFPT_WRITE_SETFIELD_MISS}. */
    int WRITE_SETFIELD_MISS = 13;
    /** {@code OFPTFPT_APPLY_SETFIELD}. */
    int APPLY_SETFIELD = 14;
    /** {@code OFPTFPT_APPLY_SETFIELD_MISS}. */
    int APPLY_SETFIELD_MISS = 15;
    /** {@code OFPTFPT_EXPERIMENTER}. */
    int EXPERIMENTER = 0xfffe;
    /** {@code OFPTFPT_EXPERIMENTER_MISS}. */
    int EXPERIMENTER_MISS = 0xffff;

    /**
     * The property type.
     *
     * @return the 16-bit {@code ofp_table_feature_prop_type}
     */
    int type();

    /**
     * {@code OFPTFPT_INSTRUCTIONS} and {@code _MISS} ({@code ofp_table_feature_prop_instructions}): the instructions
     * the table supports.
     *
     * @param type {@link #INSTRUCTIONS} or {@link #INSTRUCTIONS_MISS}
     * @param instructions the instruction ids
     */
    record Instructions(int type, List<OfInstructionId> instructions) implements OfTableFeatureProperty {
        /**
         * Checks the type and copies the ids.
         *
         * @throws IllegalArgumentException if the type is not an instructions type
         */
        public Instructions {
            PropertyTypes.check(type, Set.of(INSTRUCTIONS, INSTRUCTIONS_MISS), "instructions");
            instructions = List.copyOf(instructions);
        }
    }

    /**
     * {@code OFPTFPT_NEXT_TABLES} and {@code _MISS} ({@code ofp_table_feature_prop_next_tables}): the tables a
     * goto-table instruction of this table may name, one byte each.
     *
     * @param type {@link #NEXT_TABLES} or {@link #NEXT_TABLES_MISS}
     * @param tableIds the table ids
     */
    record NextTables(int type, List<Integer> tableIds) implements OfTableFeatureProperty {
        /**
         * Checks the type and the ids, and copies them.
         *
         * @throws IllegalArgumentException if the type is not a next-tables type or an id does not fit 8 bits
         */
        public NextTables {
            PropertyTypes.check(type, Set.of(NEXT_TABLES, NEXT_TABLES_MISS), "next-tables");
            tableIds = List.copyOf(tableIds);
            tableIds.forEach(id -> OfUnsigned.check("next table_id", id, 8));
        }
    }

    /**
     * {@code OFPTFPT_WRITE_ACTIONS}, {@code OFPTFPT_APPLY_ACTIONS} and their {@code _MISS} variants
     * ({@code ofp_table_feature_prop_actions}): the actions a write-actions or apply-actions instruction of this table
     * may hold.
     *
     * @param type {@link #WRITE_ACTIONS}, {@link #WRITE_ACTIONS_MISS}, {@link #APPLY_ACTIONS} or
     *     {@link #APPLY_ACTIONS_MISS}
     * @param actions the action ids
     */
    record Actions(int type, List<OfActionId> actions) implements OfTableFeatureProperty {
        /**
         * Checks the type and copies the ids.
         *
         * @throws IllegalArgumentException if the type is not an actions type
         */
        public Actions {
            PropertyTypes.check(type, Set.of(WRITE_ACTIONS, WRITE_ACTIONS_MISS, APPLY_ACTIONS, APPLY_ACTIONS_MISS),
                "actions");
            actions = List.copyOf(actions);
        }
    }

    /**
     * {@code OFPTFPT_MATCH}, {@code OFPTFPT_WILDCARDS}, {@code OFPTFPT_WRITE_SETFIELD},
     * {@code OFPTFPT_APPLY_SETFIELD} and the {@code _MISS} variants of the last two
     * ({@code ofp_table_feature_prop_oxm}): the fields the table can match, wildcard or set.
     *
     * @param type {@link #MATCH}, {@link #WILDCARDS}, {@link #WRITE_SETFIELD}, {@link #WRITE_SETFIELD_MISS},
     *     {@link #APPLY_SETFIELD} or {@link #APPLY_SETFIELD_MISS}
     * @param fields the OXM ids
     */
    record Oxm(int type, List<OfOxmId> fields) implements OfTableFeatureProperty {
        /**
         * Checks the type and copies the ids.
         *
         * @throws IllegalArgumentException if the type is not an OXM type
         */
        public Oxm {
            PropertyTypes.check(type, Set.of(MATCH, WILDCARDS, WRITE_SETFIELD, WRITE_SETFIELD_MISS, APPLY_SETFIELD,
                APPLY_SETFIELD_MISS), "OXM");
            fields = List.copyOf(fields);
        }
    }

    /**
     * {@code OFPTFPT_EXPERIMENTER} and {@code _MISS} ({@code ofp_table_feature_prop_experimenter}): an experimenter
     * property, its data opaque.
     * <pre>
     *   | type | length | experimenter (32) | exp_type (32) | experimenter_data ... |
     * </pre>
     *
     * @param type {@link #EXPERIMENTER} or {@link #EXPERIMENTER_MISS}
     * @param experimenter the experimenter id
     * @param expType the experimenter-defined type
     * @param data the rest of the property, padding excluded
     */
    record Experimenter(int type, int experimenter, int expType, OfBytes data) implements OfTableFeatureProperty {
        /**
         * Checks the type.
         *
         * @throws IllegalArgumentException if it is not an experimenter type
         */
        public Experimenter {
            PropertyTypes.check(type, Set.of(EXPERIMENTER, EXPERIMENTER_MISS), "experimenter");
        }
    }

    /**
     * A property of a type OpenFlow 1.3 does not define, kept so that it re-encodes byte for byte.
     *
     * @param type the type
     * @param data the body, padding excluded
     */
    record Unknown(int type, OfBytes data) implements OfTableFeatureProperty {
        /**
         * Checks the type is 16 bits and undefined.
         *
         * @throws IllegalArgumentException if it is not
         */
        public Unknown {
            OfUnsigned.check("property type", type, 16);
            if (type <= APPLY_SETFIELD_MISS && type != 9 && type != 11 || type >= EXPERIMENTER) {
                throw new IllegalArgumentException("property type " + type + " is defined, use its record");
            }
        }
    }
}
