/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.onf;

import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import java.util.List;

/**
 * The codecs of the ONF bundle extension for OpenFlow 1.3: {@code ONFT_BUNDLE_CONTROL} (2300) and
 * {@code ONFT_BUNDLE_ADD_MESSAGE} (2301).
 */
public final class OnfBundleCodecs {
    private static final List<OfExperimenterMessageCodec<?>> ALL = List.of(new BundleControlCodec(),
        new BundleAddCodec());

    private OnfBundleCodecs() {
        // Hidden on purpose
    }

    /**
     * Both bundle codecs, for {@code OfCodecRegistry.Builder.addExperimenters}.
     *
     * @return an immutable list
     */
    public static List<OfExperimenterMessageCodec<?>> all() {
        return ALL;
    }
}
