/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import java.util.List;

/**
 * The codecs of the Nicira experimenter messages this library models for OpenFlow 1.3: the TLV table messages that
 * map Geneve options to {@code tun_metadata} fields ({@code NXT_TLV_TABLE_MOD}, {@code _REQUEST}, {@code _REPLY}).
 */
public final class NiciraMessageCodecs {
    private static final List<OfExperimenterMessageCodec<?>> ALL = List.of(new TlvTableModCodec(),
        new TlvTableRequestCodec(), new TlvTableReplyCodec());

    private NiciraMessageCodecs() {
        // Hidden on purpose
    }

    /**
     * One codec per Nicira message, for {@code OfCodecRegistry.Builder.addExperimenters}.
     *
     * @return an immutable list, in subtype order
     */
    public static List<OfExperimenterMessageCodec<?>> all() {
        return ALL;
    }
}
