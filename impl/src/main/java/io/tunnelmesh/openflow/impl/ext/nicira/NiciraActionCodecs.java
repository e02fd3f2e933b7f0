/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * The codecs of Open vSwitch's Nicira extension actions ({@code NXAST_*}, experimenter {@value #NX_VENDOR_ID}) in
 * OpenFlow 1.3, each keyed {@code OfActionKey.experimenter(0x00002320, subtype)}. Register them like any third
 * party's: {@code V13Codecs.addTo(OfCodecRegistry.builder()).addActions(NiciraActionCodecs.all()).build()}. Nicira
 * subtypes without a codec here (multipath, bundle, learn2, sample, clone, conjunction, check_pkt_larger...) decode
 * into the opaque {@link io.tunnelmesh.openflow.api.action.OfActionExperimenter} and re-encode byte for byte.
 *
 * <p>Errors: where Open vSwitch answers a malformed Nicira action with a Nicira experimenter error
 * ({@code NXBRC_MUST_BE_ZERO}, {@code NXBAC_BAD_HEADER_TYPE}, {@code NXBAC_BAD_ED_PROP},
 * {@code NXBAC_UNKNOWN_ED_PROP}), so do these codecs ({@link io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes});
 * its {@code OFPBPC_BAD_TYPE} and {@code OFPBPC_BAD_LEN} are the OpenFlow 1.3 codes (13, 2) and (13, 3).
 */
public final class NiciraActionCodecs {
    /** {@code NX_VENDOR_ID}: Nicira's experimenter id. */
    public static final int NX_VENDOR_ID = 0x00002320;

    private static final List<OfActionCodec<?>> ALL = build();

    private NiciraActionCodecs() {
        // Hidden on purpose
    }

    /**
     * Every Nicira action codec.
     *
     * @return an immutable list
     */
    public static List<OfActionCodec<?>> all() {
        return ALL;
    }

    private static List<OfActionCodec<?>> build() {
        final var all = new ArrayList<OfActionCodec<?>>();
        all.addAll(NxSimpleActionCodecs.all());
        all.addAll(NxFieldActionCodecs.all());
        all.addAll(NxConntrackCodecs.all());
        all.add(NxEncapCodec.codec());
        all.add(NxLearnCodec.codec());
        all.add(NxController2Codec.codec());
        return List.copyOf(all);
    }
}
