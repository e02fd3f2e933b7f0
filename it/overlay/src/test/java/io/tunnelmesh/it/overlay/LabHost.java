/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

/**
 * The lab's two hypervisor hosts. Each has a number that places its addresses: host A holds the first of each pair
 * ({@code .1} tunnel endpoint, the first management subnet), host B the second.
 */
public enum LabHost {
    /** The first host. */
    A,
    /** The second host. */
    B;

    /**
     * The other host, the far end of the underlay link.
     *
     * @return B for A, A for B
     */
    public LabHost peer() {
        return this == A ? B : A;
    }
}
