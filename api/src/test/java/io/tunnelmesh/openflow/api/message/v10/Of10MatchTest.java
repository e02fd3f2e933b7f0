/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The OpenFlow 1.0 match builder writes the wildcard word Open vSwitch writes, prefixes included, and the value
 * classes keep unknown codes.
 */
class Of10MatchTest {
    @Test
    void everythingIsWildcardedTheWayOvsWritesIt() {
        assertEquals(0x003820ff, Of10Match.ALL.wildcards());
        assertEquals(0, Of10Match.ALL.nwSrcPrefix());
        assertTrue(Of10Match.ALL.isWildcarded(Of10Match.OFPFW_IN_PORT));
    }

    @Test
    void prefixesGoInTheWildcardWordAndClearHostBits() {
        final var match = Of10Match.builder().inPort(2).dlType(0x0800).nwDst(Of10Match.ipv4(0x0a010203), 8)
            .nwSrc(Of10Match.ipv4(0xc0a80001)).build();
        assertEquals(0x003600ee, match.wildcards());
        assertEquals(8, match.nwDstPrefix());
        assertEquals(32, match.nwSrcPrefix());
        assertEquals(Of10Match.ipv4(0x0a000000), match.nwDst());
        assertFalse(match.isWildcarded(Of10Match.OFPFW_DL_TYPE));
        assertThrows(IllegalArgumentException.class, () -> Of10Match.builder().nwSrc(Of10Match.ANY_ADDRESS, 33));
    }

    @Test
    void valueClassesKeepUnknownCodes() {
        assertEquals("OFPFC_UNKNOWN(300)", Of10FlowModCommand.valueOf(300).toString());
        assertEquals(Of10FlowModCommand.DELETE_STRICT, Of10FlowModCommand.valueOf(4));
        assertEquals("OFPET_QUEUE_OP_FAILED/OFPQOFC_BAD_QUEUE", Of10ErrorCode.valueOf(5, 1).toString());
        assertEquals(Of10ErrorCode.OFPBRC_BAD_VENDOR, Of10ErrorCode.valueOf(1, 3));
        assertFalse(Of10ErrorCode.valueOf(4, 2).isKnown());
        assertTrue(new Of10StatsReply(1, Of10StatsReply.REPLY_MORE,
            new Of10StatsReplyBody.Aggregate(0, 0, 0)).more());
    }
}
