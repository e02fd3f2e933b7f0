/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.tunnelmesh.openflow.impl.GoldenMessage;
import java.util.List;

/**
 * The OpenFlow 1.0 golden vectors ({@link V10GoldenVectorTest#vectors()}), published as {@link GoldenMessage}s.
 */
public final class V10GoldenMessages {
    private V10GoldenMessages() {
        // Hidden on purpose
    }

    /**
     * All of them.
     *
     * @return an immutable list
     */
    public static List<GoldenMessage> all() {
        return V10GoldenVectorTest.vectors()
            .map(vector -> new GoldenMessage(vector.source(), vector.wire(), vector.message())).toList();
    }
}
