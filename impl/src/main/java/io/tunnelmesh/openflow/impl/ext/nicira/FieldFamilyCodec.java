/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldFamilyCodec;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.match.OxmField;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Makes the codec of one member of a field family (registers, NSH context headers) from a fixed-width codec: the
 * payload is the member's; the family's key list says which key a record's index names.
 *
 * @param <T> the field class the family shares
 */
final class FieldFamilyCodec<T extends OxmField> implements OxmFieldFamilyCodec<T> {
    private final OxmFieldCodec<T> member;
    private final List<OxmKey> keys;
    private final ToIntFunction<T> slot;

    /**
     * A member of a family.
     *
     * @param member the codec of this member's payload, registered under its key
     * @param keys every member's key, in slot order
     * @param slot the slot in {@code keys} a record names
     */
    FieldFamilyCodec(final OxmFieldCodec<T> member, final List<OxmKey> keys, final ToIntFunction<T> slot) {
        this.member = member;
        this.keys = List.copyOf(keys);
        this.slot = slot;
    }

    @Override
    public OxmKey key() {
        return member.key();
    }

    @Override
    public Class<T> fieldClass() {
        return member.fieldClass();
    }

    @Override
    public OxmKey keyOf(final T field) {
        return keys.get(slot.applyAsInt(field));
    }

    @Override
    public T decode(final boolean hasMask, final ByteBuf payload) {
        return member.decode(hasMask, payload);
    }

    @Override
    public boolean hasMask(final T field) {
        return member.hasMask(field);
    }

    @Override
    public void encodePayload(final T field, final ByteBuf out) {
        member.encodePayload(field, out);
    }

    @Override
    public String toString() {
        return member.toString();
    }
}
