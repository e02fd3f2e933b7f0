/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import java.util.Set;

/**
 * The check every {@link OfTableFeatureProperty} record makes of its type.
 */
final class PropertyTypes {
    private PropertyTypes() {
        // Hidden on purpose
    }

    static void check(final int type, final Set<Integer> allowed, final String record) {
        if (!allowed.contains(type)) {
            throw new IllegalArgumentException("property type " + type + " is not a " + record + " type " + allowed);
        }
    }
}
