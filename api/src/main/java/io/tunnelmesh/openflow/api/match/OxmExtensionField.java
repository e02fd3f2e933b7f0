/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

/**
 * The open branch of the otherwise sealed field hierarchy: fields of other OXM classes (Nicira NXM, experimenter
 * OXM) that extensions model and register an {@link io.tunnelmesh.openflow.api.codec.OxmFieldCodec} for.
 */
public non-sealed interface OxmExtensionField extends OxmField {
    // Marker: the open branch.
}
