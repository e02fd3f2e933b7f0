/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmInPhyPort;
import io.tunnelmesh.openflow.api.match.OxmVlanPcp;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PacketTest {
    @Test
    void fieldsSharingASlotStayConsistent() {
        final Packet packet = Packet.builder().vlan(100).build().with(PacketField.VLAN_PCP, BigInteger.valueOf(5));
        assertEquals(0x1000 | 100, packet.vlanVid());
        assertEquals(5 << 13 | 0x1000 | 100, packet.get(PacketField.VLAN_TCI).intValue());
        final Packet registers = Packet.builder().set(PacketField.XREG0, 0x0000_0003_0000_0004L).build();
        assertEquals(3, registers.reg(0));
        assertEquals(4, registers.reg(1));
        final Packet tos = Packet.builder().set(PacketField.IP_DSCP, 0x2e).set(PacketField.IP_ECN, 1).build();
        // the TOS byte is DSCP (upper six bits) and ECN (lower two)
        assertEquals("nw_tos=" + (0x2e << 2 | 1), tos.toString());
    }

    @Test
    void maskedWritesChangeOnlyTheirBits() {
        final Packet packet = Packet.builder().metadata(0xffff).build()
            .withMasked(PacketField.METADATA, BigInteger.valueOf(0x1200), BigInteger.valueOf(0xff00));
        assertEquals(0x12ff, packet.metadata());
        assertSame(packet, packet.with(PacketField.METADATA, BigInteger.valueOf(0x12ff)));
    }

    @Test
    void prerequisitesDecideWhichFieldsAPacketHas() {
        final Packet ip = Packet.builder().ethType(0x0800).ipProto(6).build();
        assertTrue(ip.has(PacketField.IPV4_DST));
        assertTrue(ip.has(PacketField.TCP_DST));
        assertFalse(ip.has(PacketField.UDP_DST));
        assertFalse(ip.has(PacketField.IPV6_DST));
        assertFalse(ip.has(PacketField.VLAN_PCP));
        assertTrue(Packet.builder().vlan(1).build().has(PacketField.VLAN_PCP));
    }

    @Test
    void theTextIsOpenVswitchFlowSyntax() {
        final Packet packet = Packet.builder().inPort(10).tunId(0x1388).tunIpv4Dst(TestSwitches.ipv4("192.168.1.2"))
            .reg(3, 0x2a).ethDst(TestSwitches.mac(2)).ethType(0x0800).ipTtl(64).tpDst(80).ipProto(6).build();
        assertEquals("in_port=10,tun_id=0x1388,tun_dst=192.168.1.2,reg3=0x2a,dl_dst=02:00:00:00:00:02,"
            + "dl_type=0x800,nw_proto=6,nw_ttl=64,tp_dst=80", packet.toString());
    }

    @Test
    void oxmValuesSetFields() {
        final Packet packet = Packet.builder().set(NxmTunIpv4Dst.of(TestSwitches.ipv4("10.9.8.7"))).build();
        assertEquals(TestSwitches.ipv4("10.9.8.7"), packet.tunIpv4Dst());
        assertTrue(packet.hasTunnelDestination());
        assertThrows(IllegalArgumentException.class, () -> Packet.builder().set(OxmInPhyPort.of(1)));
        assertEquals(3, Packet.builder().vlan(7).set(OxmVlanPcp.of(3)).build().get(PacketField.VLAN_PCP).intValue());
    }

    @Test
    void lengthCountsButIsNoHeader() {
        assertNotEquals(Packet.builder().build(), Packet.builder().length(100).build());
        assertThrows(IllegalArgumentException.class, () -> Packet.builder().length(13));
    }

    @Property
    void aFieldReadsBackWhatWasWrittenAndNothingElseChanges(@ForAll final long value, @ForAll final long other) {
        final Packet before = Packet.builder().reg(1, (int) other).metadata(other).build();
        final Packet after = before.with(PacketField.REG0, BigInteger.valueOf(value));
        assertEquals(Bits.of(value).and(PacketField.REG0.mask()), after.get(PacketField.REG0));
        assertEquals(before.reg(1), after.reg(1));
        assertEquals(before.metadata(), after.metadata());
    }
}
