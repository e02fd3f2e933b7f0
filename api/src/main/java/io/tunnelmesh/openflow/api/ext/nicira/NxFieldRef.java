/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

/**
 * A field named by its raw NXM/OXM header, as Nicira actions name the fields they read and write ({@code load},
 * {@code move}, {@code output:REG}, {@code learn}, the {@code ct} zone source). The header is what goes on the wire;
 * which field it means (a register, the tunnel id, a Geneve option) is the match-field codecs' business.
 * <pre>
 *   | oxm_class (16) | oxm_field (7) | hasmask (1) | oxm_length (8) | [experimenter (32), class 0xffff only] |
 * </pre>
 * Experimenter headers (class {@code 0xffff}, such as the NSH fields) are 8 bytes on the wire, the 4-byte header
 * followed by the experimenter id, and their {@code oxm_length} counts that id (Open vSwitch {@code nx_pull_header}).
 *
 * @param header the 32-bit NXM/OXM header, such as {@code 0x00010004} for {@code NXM_NX_REG0}
 * @param experimenter the experimenter id for class {@code 0xffff}, else 0
 */
public record NxFieldRef(int header, int experimenter) {
    /** The OXM class of experimenter fields, whose header is followed by an experimenter id. */
    public static final int EXPERIMENTER_CLASS = 0xffff;

    /**
     * Checks that only experimenter headers carry an experimenter id and that the length covers the id.
     *
     * @throws IllegalArgumentException if they do not
     */
    public NxFieldRef {
        if (header >>> 16 != EXPERIMENTER_CLASS && experimenter != 0) {
            throw new IllegalArgumentException(String.format("header 0x%08x is not an experimenter OXM and has no "
                + "experimenter id", header));
        }
        if (header >>> 16 == EXPERIMENTER_CLASS && (header & 0xff) < 4) {
            throw new IllegalArgumentException(String.format("experimenter OXM header 0x%08x has length < 4",
                header));
        }
    }

    /**
     * A field with a 4-byte NXM or OXM header.
     *
     * @param header the header, such as {@code 0x00010004} for {@code NXM_NX_REG0}
     * @return the reference
     * @throws IllegalArgumentException for an experimenter (class {@code 0xffff}) header
     */
    public static NxFieldRef of(final int header) {
        return new NxFieldRef(header, 0);
    }

    /**
     * The OXM class, such as 1 for {@code NXM_NX} or {@code 0x8000} for {@code OFPXMC_OPENFLOW_BASIC}.
     *
     * @return 16 bits
     */
    public int oxmClass() {
        return header >>> 16;
    }

    /**
     * The field number within the class.
     *
     * @return 7 bits
     */
    public int field() {
        return header >>> 9 & 0x7f;
    }

    /**
     * Whether the header says a mask follows the value.
     *
     * @return the hasmask bit
     */
    public boolean hasMask() {
        return (header & 0x100) != 0;
    }

    /**
     * The header's length byte: the payload bytes of a TLV with this header.
     *
     * @return 8 bits
     */
    public int length() {
        return header & 0xff;
    }

    /**
     * Whether this is an experimenter field with an 8-byte header.
     *
     * @return true for class {@code 0xffff}
     */
    public boolean isExperimenter() {
        return oxmClass() == EXPERIMENTER_CLASS;
    }

    /**
     * The bytes the header takes on the wire.
     *
     * @return 4, or 8 for an experimenter field
     */
    public int wireLength() {
        return isExperimenter() ? 8 : 4;
    }

    /**
     * The width of the field's value in bits, from the header's length: the bits a subfield of it may address.
     *
     * @return the width
     */
    public int width() {
        final int valueBytes = length() - (isExperimenter() ? 4 : 0);
        return (hasMask() ? valueBytes / 2 : valueBytes) * 8;
    }

    /**
     * Checks that bits {@code [ofs, ofs + nbits)} lie within the field, as Open vSwitch's {@code mf_check_src} and
     * {@code mf_check_dst} do.
     *
     * @param ofs the first bit
     * @param nbits the number of bits
     * @return whether the subfield is non-empty and fits
     */
    public boolean contains(final int ofs, final int nbits) {
        return nbits > 0 && ofs >= 0 && ofs < width() && ofs + nbits <= width();
    }

    @Override
    public String toString() {
        return isExperimenter() ? String.format("NxFieldRef[0x%08x, experimenter 0x%08x]", header, experimenter)
            : String.format("NxFieldRef[0x%08x]", header);
    }
}
