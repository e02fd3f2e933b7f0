/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.action.OfActionExtension;
import io.tunnelmesh.openflow.api.match.OxmField;

/**
 * {@code NXAST_REG_LOAD2} (Nicira subtype 33, a multiple of 8 bytes; {@code set_field:value/mask->dst} or
 * {@code load:value->dst[..]} in {@code ovs-actions(7)}): write a value, under an optional mask, into a field given
 * as a whole OXM TLV. Open vSwitch 3.1 emits it for fields that have no NXM header (experimenter OXMs such as the NSH
 * fields) or a variable length (Geneve {@code tun_metadata}); others get {@link NxActionRegLoad} or
 * {@code OFPAT_SET_FIELD}.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 33 (16) | OXM TLV (value, mask) | zero pad to 8 bytes |
 * </pre>
 * Open vSwitch answers {@code OFPBAC_BAD_SET_ARGUMENT} when the padding is not zero.
 *
 * @param field the field with its value and, if the header says so, its mask; fields nobody registered a codec for
 *     are {@link io.tunnelmesh.openflow.api.match.OxmUnknown}
 */
public record NxActionRegLoad2(OxmField field) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 33;
}
