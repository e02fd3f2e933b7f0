/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.impl.GoldenMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nicira action golden vectors ({@link NiciraActionVectors}), each as the apply-actions instruction of an
 * OpenFlow 1.3 flow-mod matching everything ({@link NiciraTestSupport#flowMod(int, String)}), published as
 * {@link GoldenMessage}s; the xid is the vector's position, counting from 1.
 */
public final class NiciraGoldenMessages {
    private NiciraGoldenMessages() {
        // Hidden on purpose
    }

    /**
     * All of them.
     *
     * @return an immutable list
     */
    public static List<GoldenMessage> all() {
        final var vectors = NiciraActionVectors.all();
        final var result = new ArrayList<GoldenMessage>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            final var vector = vectors.get(i);
            final int xid = i + 1;
            result.add(new GoldenMessage(vector.source(),
                OfBytes.ofHex(NiciraTestSupport.flowMod(xid, vector.wire().toHex())),
                OfFlowMod.builder().xid(xid).applyActions(vector.actions().toArray(OfAction[]::new)).build()));
        }
        return List.copyOf(result);
    }
}
