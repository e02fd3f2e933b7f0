/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl;

import io.tunnelmesh.openflow.impl.codec.v10.V10GoldenMessages;
import io.tunnelmesh.openflow.impl.codec.v13.V13GoldenMessages;
import io.tunnelmesh.openflow.impl.ext.nicira.NiciraGoldenMessages;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every golden vector of the codec tests as a whole message, for tests outside this module that must handle
 * everything the library decodes (the codec command line tools in simple-client): the OpenFlow 1.3 vectors with
 * their Nicira fields and ONF bundles, the OpenFlow 1.0 vectors, and each Nicira action vector inside a flow-mod.
 */
public final class GoldenMessages {
    private GoldenMessages() {
        // Hidden on purpose
    }

    /**
     * All of them.
     *
     * @return an immutable list, OpenFlow 1.3 first
     */
    public static List<GoldenMessage> all() {
        return Stream.of(V13GoldenMessages.all(), V10GoldenMessages.all(), NiciraGoldenMessages.all())
            .flatMap(List::stream).toList();
    }
}
