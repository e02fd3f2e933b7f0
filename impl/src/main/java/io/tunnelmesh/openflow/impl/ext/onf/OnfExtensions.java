/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.onf;

import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;

/**
 * Adds the ONF extensions to a registry through the public builder:
 * {@code OnfExtensions.addTo(V13Codecs.addTo(OfCodecRegistry.builder())).build()}.
 */
public final class OnfExtensions {
    private OnfExtensions() {
        // Hidden on purpose
    }

    /**
     * Adds {@link OnfBundleCodecs#all()}.
     *
     * @param builder the builder
     * @return the same builder
     * @throws IllegalArgumentException if one of their keys is already registered
     */
    public static OfCodecRegistry.Builder addTo(final OfCodecRegistry.Builder builder) {
        return builder.addExperimenters(OnfBundleCodecs.all());
    }
}
