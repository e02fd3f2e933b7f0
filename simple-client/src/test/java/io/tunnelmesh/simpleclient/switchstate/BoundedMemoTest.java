/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoundedMemoTest {
    @Test
    void keepsResultsByEqualKeysAndForgetsThemAllPastItsLimit() {
        final var memo = new BoundedMemo<String, Integer>(2);
        memo.put("one", 1);
        memo.put("two", 2);
        assertEquals(1, memo.get(new String("one")));
        assertEquals(2, memo.get("two"));
        memo.put("three", 3);
        assertNull(memo.get("one"));
        assertNull(memo.get("two"));
        assertEquals(3, memo.get("three"));
    }
}
