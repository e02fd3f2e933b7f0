/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OVSDB client's public vocabulary (RFC 7047, the Open vSwitch Database Management Protocol): the client
 * interface ({@link io.tunnelmesh.ovsdb.api.OvsdbClient}), errors and the protocol's value types.
 *
 * <p>Sub-packages hold the protocol layer only, kept apart from any domain facade: the JSON value notation
 * ({@code notation}, RFC 7047 section 5.1), database schemas ({@code schema}, section 3.2), transaction operations and
 * their results ({@code operation}, section 5.2) and monitors with their update notifications ({@code monitor},
 * sections 4.1.5 to 4.1.7 and Open vSwitch's {@code monitor_cond} extensions). Nothing here mentions JSON trees: the
 * encoding lives in the implementation, and every result is a typed value.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.ovsdb.api;
