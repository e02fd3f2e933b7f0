/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OVSDB value notation of RFC 7047 section 5.1 as immutable values: an {@link
 * io.tunnelmesh.ovsdb.api.notation.OvsdbValue} is an atom, a set or a map; atoms are integers, reals, booleans,
 * strings, UUIDs and (inside one transaction) named UUIDs; a row maps column names to values.
 *
 * <p>Which JSON a value has and whether it is valid depends on the column it belongs to, so decoding and checking go
 * through a column type from the schema ({@link io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType}).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.ovsdb.api.notation;
