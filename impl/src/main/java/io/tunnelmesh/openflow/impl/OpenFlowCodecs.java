/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl;

import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v10.V10Codecs;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.ext.nicira.NiciraExtensions;
import io.tunnelmesh.openflow.impl.ext.onf.OnfExtensions;

/**
 * The registry an overlay controller talks to Open vSwitch with: OpenFlow 1.3 and 1.0, the Nicira extensions (match
 * fields, actions, TLV table messages) and the ONF bundle extension, all added through the public
 * {@link OfCodecRegistry.Builder}. Start from {@link #standardBuilder()} to add codecs of your own.
 */
public final class OpenFlowCodecs {
    private static final OfCodecRegistry STANDARD = standardBuilder().build();

    private OpenFlowCodecs() {
        // Hidden on purpose
    }

    /**
     * The standard registry, built once.
     *
     * @return the immutable registry
     */
    public static OfCodecRegistry standard() {
        return STANDARD;
    }

    /**
     * A builder holding the standard codecs.
     *
     * @return a new builder
     */
    public static OfCodecRegistry.Builder standardBuilder() {
        return OnfExtensions.addTo(NiciraExtensions.addTo(V10Codecs.addTo(V13Codecs.addTo(
            OfCodecRegistry.builder()))));
    }
}
