/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * One {@code flow_mod_spec} of {@link NxActionLearn}: copy {@code nbits} bits from a field of the packet or from an
 * immediate value into the learned flow's match, into a {@code load} action of the learned flow, or use them as its
 * output port. Fields are 4-byte NXM/OXM headers with a 16-bit bit offset.
 * <pre>
 *   header:  | 0 (2) | src (1) | dst (2) | n_bits (10) |
 *   source:  src = 0: | field (32) | ofs (16) |     src = 1: value, (n_bits + 15) / 16 * 2 bytes
 *   dest:    dst = 0 or 1: | field (32) | ofs (16) |   dst = 2: nothing
 * </pre>
 * The five combinations Open vSwitch defines are the five records; it answers {@code OFPBAC_BAD_ARGUMENT} for the
 * others. We also refuse nonzero reserved header bits, which Open vSwitch ignores and would not re-encode.
 */
public sealed interface NxLearnSpec permits NxLearnSpec.MatchField, NxLearnSpec.MatchValue, NxLearnSpec.LoadField,
        NxLearnSpec.LoadValue, NxLearnSpec.OutputField {
    /** The most bits a spec copies. */
    int MAX_BITS = 0x3ff;

    /**
     * How many bits the spec copies.
     *
     * @return 1 to 1023
     */
    int nbits();

    /**
     * The bytes an immediate value of {@code nbits} bits takes on the wire.
     *
     * @param nbits the bits
     * @return {@code (nbits + 15) / 16 * 2}
     */
    static int valueLength(final int nbits) {
        return (nbits + 15) / 16 * 2;
    }

    /**
     * src 0, dst 0: the learned flow matches {@code dst[dstOfs..]} against the packet's {@code src[srcOfs..]}
     * ({@code NXM_OF_ETH_DST[]=NXM_OF_ETH_SRC[]}, or just {@code NXM_OF_VLAN_TCI[0..11]} when both are the same).
     *
     * @param nbits the bits copied
     * @param src the packet's field
     * @param srcOfs its first bit
     * @param dst the learned flow's match field
     * @param dstOfs its first bit
     */
    record MatchField(int nbits, NxFieldRef src, int srcOfs, NxFieldRef dst, int dstOfs) implements NxLearnSpec {
        /**
         * Checks the subfields.
         *
         * @throws IllegalArgumentException if they do not fit
         */
        public MatchField {
            Checks.field(nbits, src, srcOfs);
            Checks.field(nbits, dst, dstOfs);
        }
    }

    /**
     * src 1, dst 0: the learned flow matches {@code dst[dstOfs..]} against a value ({@code in_port=99}).
     *
     * @param nbits the bits
     * @param value the value as on the wire, {@link #valueLength(int)} bytes, right-aligned
     * @param dst the learned flow's match field
     * @param dstOfs its first bit
     */
    record MatchValue(int nbits, OfBytes value, NxFieldRef dst, int dstOfs) implements NxLearnSpec {
        /**
         * Checks the value length and the subfield.
         *
         * @throws IllegalArgumentException if they do not fit
         */
        public MatchValue {
            Checks.value(nbits, value);
            Checks.field(nbits, dst, dstOfs);
        }
    }

    /**
     * src 0, dst 1: the learned flow loads the packet's {@code src[srcOfs..]} into {@code dst[dstOfs..]}
     * ({@code load:NXM_OF_IN_PORT[]->NXM_NX_REG1[16..31]}).
     *
     * @param nbits the bits copied
     * @param src the packet's field
     * @param srcOfs its first bit
     * @param dst the field the learned flow writes
     * @param dstOfs its first bit
     */
    record LoadField(int nbits, NxFieldRef src, int srcOfs, NxFieldRef dst, int dstOfs) implements NxLearnSpec {
        /**
         * Checks the subfields.
         *
         * @throws IllegalArgumentException if they do not fit
         */
        public LoadField {
            Checks.field(nbits, src, srcOfs);
            Checks.field(nbits, dst, dstOfs);
        }
    }

    /**
     * src 1, dst 1: the learned flow loads a value into {@code dst[dstOfs..]} ({@code load:0x5->NXM_NX_REG2[0..2]}).
     *
     * @param nbits the bits
     * @param value the value as on the wire, {@link #valueLength(int)} bytes, right-aligned
     * @param dst the field the learned flow writes
     * @param dstOfs its first bit
     */
    record LoadValue(int nbits, OfBytes value, NxFieldRef dst, int dstOfs) implements NxLearnSpec {
        /**
         * Checks the value length and the subfield.
         *
         * @throws IllegalArgumentException if they do not fit
         */
        public LoadValue {
            Checks.value(nbits, value);
            Checks.field(nbits, dst, dstOfs);
        }
    }

    /**
     * src 0, dst 2: the learned flow outputs to the port in the packet's {@code src[srcOfs..]}
     * ({@code output:NXM_OF_IN_PORT[]}).
     *
     * @param nbits the bits
     * @param src the packet's field
     * @param srcOfs its first bit
     */
    record OutputField(int nbits, NxFieldRef src, int srcOfs) implements NxLearnSpec {
        /**
         * Checks the subfield.
         *
         * @throws IllegalArgumentException if it does not fit
         */
        public OutputField {
            Checks.field(nbits, src, srcOfs);
        }
    }

    /**
     * The checks the specs share.
     */
    final class Checks {
        private Checks() {
            // Hidden on purpose
        }

        static void field(final int nbits, final NxFieldRef field, final int ofs) {
            if (nbits < 1 || nbits > MAX_BITS || ofs > 0xffff) {
                throw new IllegalArgumentException("learn spec n_bits " + nbits + " or ofs " + ofs
                    + " out of range");
            }
            if (field.isExperimenter()) {
                throw new IllegalArgumentException("learn specs name fields by 4-byte headers: " + field);
            }
            if (!field.contains(ofs, nbits)) {
                throw new IllegalArgumentException("bits [" + ofs + ", +" + nbits + ") exceed the " + field.width()
                    + "-bit field " + field);
            }
        }

        static void value(final int nbits, final OfBytes value) {
            if (nbits < 1 || nbits > MAX_BITS) {
                throw new IllegalArgumentException("learn spec n_bits " + nbits + " out of range");
            }
            if (value.length() != valueLength(nbits)) {
                throw new IllegalArgumentException("a " + nbits + "-bit learn value takes " + valueLength(nbits)
                    + " bytes, not " + value.length());
            }
        }
    }
}
