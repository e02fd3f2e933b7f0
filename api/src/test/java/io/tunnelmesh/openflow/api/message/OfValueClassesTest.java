/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The protocol value classes keep unknown codes, refuse values that cannot go on the wire, and the builders fill in
 * the spec's defaults.
 */
class OfValueClassesTest {
    @Test
    void versionsKeepUnknownBytes() {
        assertSame(OfVersion.OF13, OfVersion.valueOf(4));
        assertSame(OfVersion.OF10, OfVersion.valueOf(1));
        assertFalse(OfVersion.valueOf(6).isKnown());
        assertEquals(OfVersion.valueOf(6), OfVersion.valueOf(6));
        assertEquals("OF(0x06)", OfVersion.valueOf(6).toString());
        assertThrows(IllegalArgumentException.class, () -> OfVersion.valueOf(256));
    }

    @Test
    void rolesAndCommandsKeepUnknownCodes() {
        assertSame(OfControllerRole.SLAVE, OfControllerRole.valueOf(3));
        assertEquals("OFPCR_ROLE_UNKNOWN(4294967295)", OfControllerRole.valueOf(-1).toString());
        assertSame(OfFlowModCommand.DELETE_STRICT, OfFlowModCommand.valueOf(4));
        assertEquals("OFPFC_UNKNOWN(9)", OfFlowModCommand.valueOf(9).toString());
    }

    @Test
    void versionBitmapAnnouncesExactlyItsVersions() {
        final var bitmap = OfHelloVersionBitmap.of(OfVersion.OF10, OfVersion.OF13);
        assertEquals(List.of(0x12), bitmap.bitmaps());
        assertTrue(bitmap.supports(OfVersion.OF13));
        assertFalse(bitmap.supports(OfVersion.valueOf(5)));
        assertFalse(bitmap.supports(OfVersion.valueOf(40)));
        assertEquals(OfVersion.OF13, OfHello.offering(1, OfVersion.OF10, OfVersion.OF13).version());
    }

    @Test
    void flowModBuilderUsesSpecDefaults() {
        final var flowMod = OfFlowMod.builder().match(OfMatch.builder().inPort(1).tunnelId(0x3e9).build())
            .applyActions(OfActionOutput.to(10)).build();
        assertEquals(OfFlowModCommand.ADD, flowMod.command());
        assertEquals(0x8000, flowMod.priority());
        assertEquals(0xffffffff, flowMod.bufferId());
        assertEquals(0xffffffff, flowMod.outPort());
        assertEquals(List.of(OxmInPort.of(1), OxmTunnelId.of(0x3e9)), flowMod.match().fields());
        assertEquals(List.of(OfInstructionApplyActions.of(new OfActionOutput(10, 0))), flowMod.instructions());
    }

    @Test
    void outOfRangeFieldsAreRefusedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> OfFlowMod.builder().table(256).build());
        assertThrows(IllegalArgumentException.class, () -> OfFlowMod.builder().priority(0x10000).build());
        assertThrows(IllegalArgumentException.class, () -> OxmVlanVid.of(0x2000));
        assertThrows(IllegalArgumentException.class, () -> new MacAddress(1L << 48));
        assertThrows(IllegalArgumentException.class, () -> new OfPortDesc(1, MacAddress.ZERO,
            "sixteen-chars-xx", 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void macAddressesParseAndPrint() {
        assertEquals("fa:16:3e:00:00:01", MacAddress.of("fa:16:3e:00:00:01").toString());
        assertEquals(MacAddress.BROADCAST, MacAddress.of("ff:ff:ff:ff:ff:ff"));
        assertThrows(IllegalArgumentException.class, () -> MacAddress.of("fa:16:3e:00:00"));
    }

    @Test
    void bytesCompareByContent() {
        assertEquals(OfBytes.ofHex("00 a1 ff"), OfBytes.copyOf(new byte[] { 0, (byte) 0xa1, (byte) 0xff }));
        assertEquals("00a1ff", OfBytes.ofHex("00a1ff").toHex());
        assertSame(OfBytes.EMPTY, OfBytes.ofHex(""));
    }
}
