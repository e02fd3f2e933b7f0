/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import io.tunnelmesh.tunnel.api.Encapsulation;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.EncapsulationType;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Geneve;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Gre;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Stt;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Vxlan;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.VxlanGpe;

/**
 * Maps between {@link Encapsulation} and the YANG identities of module {@code tunnelmesh} in their binding form.
 */
public final class Encapsulations {
    private Encapsulations() {
        // static methods only
    }

    /**
     * The YANG identity of an encapsulation.
     *
     * @param encapsulation the encapsulation
     * @return its identity value
     */
    public static EncapsulationType toIdentity(final Encapsulation encapsulation) {
        return switch (encapsulation) {
            case VXLAN -> Vxlan.VALUE;
            case GENEVE -> Geneve.VALUE;
            case GRE -> Gre.VALUE;
            case STT -> Stt.VALUE;
            case VXLAN_GPE -> VxlanGpe.VALUE;
        };
    }

    /**
     * The encapsulation of a YANG identity.
     *
     * @param identity an identity derived from {@code encapsulation-type}
     * @return the encapsulation
     * @throws IllegalArgumentException for an identity derived by another module
     */
    public static Encapsulation fromIdentity(final EncapsulationType identity) {
        return switch (identity) {
            case VxlanGpe gpe -> Encapsulation.VXLAN_GPE;
            case Vxlan vxlan -> Encapsulation.VXLAN;
            case Geneve geneve -> Encapsulation.GENEVE;
            case Gre gre -> Encapsulation.GRE;
            case Stt stt -> Encapsulation.STT;
            default -> throw new IllegalArgumentException("Unknown encapsulation " + identity.implementedInterface());
        };
    }
}
