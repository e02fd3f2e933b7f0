/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.tunnelmesh.openflow.impl.GoldenMessage;
import java.util.List;

/**
 * The OpenFlow 1.3 golden vectors ({@link V13GoldenVectorTest#vectors()}), published as {@link GoldenMessage}s.
 */
public final class V13GoldenMessages {
    private V13GoldenMessages() {
        // Hidden on purpose
    }

    /**
     * All of them.
     *
     * @return an immutable list
     */
    public static List<GoldenMessage> all() {
        return V13GoldenVectorTest.vectors()
            .map(vector -> new GoldenMessage(vector.source(), vector.wire(), vector.message())).toList();
    }
}
