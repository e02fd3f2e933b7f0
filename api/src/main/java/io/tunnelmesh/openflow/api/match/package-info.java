/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OpenFlow 1.3 match (OpenFlow 1.3.5 section 7.2.2): an {@link io.tunnelmesh.openflow.api.match.OfMatch} is a list
 * of OXM fields, one record per basic field this library models and
 * {@link io.tunnelmesh.openflow.api.match.OxmUnknown} for every other field, kept byte for byte.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.match;
