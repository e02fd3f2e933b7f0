/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

/**
 * An OVSDB {@code <value>} (RFC 7047 section 5.1): an {@code <atom>}, a {@code <set>} or a {@code <map>}.
 *
 * <p>A column whose type allows exactly one atom holds an {@link OvsdbAtom}; any other column (optional, multi-valued)
 * holds an {@link OvsdbSet}, even when the wire carried a set of one as a bare atom; a map column holds an
 * {@link OvsdbMap}. Decoding against the column type makes that choice, so equal columns give equal values.
 */
public sealed interface OvsdbValue permits OvsdbAtom, OvsdbSet, OvsdbMap {
}
