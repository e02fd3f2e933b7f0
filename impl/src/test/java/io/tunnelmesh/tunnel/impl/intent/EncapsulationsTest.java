/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.EncapsulationType;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Geneve;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Gre;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Stt;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Vxlan;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.VxlanGpe;
import org.opendaylight.yangtools.yang.common.QName;

class EncapsulationsTest {
    /** An identity derived from {@code tm:encapsulation-type} by some other module. */
    private interface ForeignEncapsulation extends EncapsulationType {
        @Override
        Class<? extends ForeignEncapsulation> implementedInterface();
    }

    private enum Ipip implements ForeignEncapsulation {
        VALUE;

        @Override
        public Class<? extends ForeignEncapsulation> implementedInterface() {
            return ForeignEncapsulation.class;
        }
    }

    static Stream<Arguments> identities() {
        return Stream.of(
            Arguments.of(Encapsulation.VXLAN, Vxlan.VALUE, Vxlan.QNAME),
            Arguments.of(Encapsulation.GENEVE, Geneve.VALUE, Geneve.QNAME),
            Arguments.of(Encapsulation.GRE, Gre.VALUE, Gre.QNAME),
            Arguments.of(Encapsulation.STT, Stt.VALUE, Stt.QNAME),
            Arguments.of(Encapsulation.VXLAN_GPE, VxlanGpe.VALUE, VxlanGpe.QNAME));
    }

    @ParameterizedTest
    @MethodSource("identities")
    void mapsEachEncapsulationToItsIdentity(final Encapsulation encapsulation, final EncapsulationType identity,
            final QName qname) {
        assertSame(identity, Encapsulations.toIdentity(encapsulation));
        assertSame(encapsulation, Encapsulations.fromIdentity(identity));
        // the enum's YANG name is the identity's: the DOM reader relies on it
        assertEquals(qname.getLocalName(), encapsulation.yangName());
    }

    @ParameterizedTest
    @EnumSource(Encapsulation.class)
    void roundTripsEveryEncapsulation(final Encapsulation encapsulation) {
        assertSame(encapsulation, Encapsulations.fromIdentity(Encapsulations.toIdentity(encapsulation)));
    }

    @Test
    void identityOfAnotherModuleIsRefused() {
        final var ex = assertThrows(IllegalArgumentException.class, () -> Encapsulations.fromIdentity(Ipip.VALUE));
        assertEquals("Unknown encapsulation " + ForeignEncapsulation.class, ex.getMessage());
    }

    @Test
    void baseIdentityIsRefused() {
        final var ex = assertThrows(IllegalArgumentException.class,
            () -> Encapsulations.fromIdentity(EncapsulationType.VALUE));
        assertEquals("Unknown encapsulation " + EncapsulationType.class, ex.getMessage());
    }
}
