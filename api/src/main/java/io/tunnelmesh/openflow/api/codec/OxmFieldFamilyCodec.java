/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.codec;

import io.tunnelmesh.openflow.api.match.OxmField;

/**
 * The codec of one member of a family of OXM fields that share one record class, such as Nicira's sixteen registers
 * {@code NXM_NX_REG0..15} (one record with an index) or the 64 Geneve option fields {@code NXM_NX_TUN_METADATA0..63}.
 * Each member is registered as its own codec under its own {@link OxmKey}; a field record names the member it
 * belongs to, and the registry encodes it with the codec registered under {@link #keyOf(OxmField)}.
 *
 * <p>A field class may be registered under several keys only if every codec registered for it is a family codec;
 * a plain {@link OxmFieldCodec} keeps its class to itself.
 *
 * @param <T> the field class the family shares
 */
public interface OxmFieldFamilyCodec<T extends OxmField> extends OxmFieldCodec<T> {
    /**
     * The key the field is written under: the member of the family it names.
     *
     * @param field a field of the family
     * @return the key of that member, such as {@code OXM(class 0x0001, field 3)} for {@code NXM_NX_REG3}
     */
    OxmKey keyOf(T field);
}
