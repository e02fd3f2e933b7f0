/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Database schemas (RFC 7047 section 3.2) as immutable values: a database names its tables, a table its columns, a
 * column has a {@link io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType} (a key base type, an optional value base type
 * for maps, and minimum and maximum counts) whose base types carry the constraints (ranges, lengths, enumerations,
 * references) that every value of the column is checked against.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.ovsdb.api.schema;
