/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import java.util.Arrays;

/**
 * {@code NXAST_NOTE} (Nicira subtype 8, at least 16 bytes; {@code note:hex} in {@code ovs-actions(7)}): opaque bytes
 * for the controller, ignored by the switch.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 8 (16) | note, len - 10 bytes |
 * </pre>
 * Padding rule: the note runs to the end of the action, so the zero bytes that pad it to a multiple of 8 are part of
 * it; Open vSwitch decodes {@code note:aa} as {@code aa.00.00.00.00.00}. The record holds exactly what is on the
 * wire, so its length is always 6 more than a multiple of 8; {@link #padded(OfBytes)} pads a note as the encoder
 * does.
 *
 * @param note the bytes after the subtype, padding included: 6, 14, 22... bytes
 */
public record NxActionNote(OfBytes note) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 8;

    /**
     * Checks the note fills the action to a multiple of 8 bytes.
     *
     * @throws IllegalArgumentException if it does not
     */
    public NxActionNote {
        if ((note.length() + 10) % 8 != 0) {
            throw new IllegalArgumentException("note of " + note.length() + " bytes does not fill the action to a "
                + "multiple of 8; use NxActionNote.padded");
        }
    }

    /**
     * The note as Open vSwitch encodes {@code note:} with these bytes: zero-padded so that the action is a multiple
     * of 8 bytes long.
     *
     * @param bytes the note's bytes
     * @return the action
     */
    public static NxActionNote padded(final OfBytes bytes) {
        final int length = bytes.length() + (-(bytes.length() + 10) & 7);
        return new NxActionNote(OfBytes.copyOf(Arrays.copyOf(bytes.toByteArray(), length)));
    }
}
