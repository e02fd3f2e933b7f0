/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OpenFlow message model: one immutable record per message under the sealed {@link
 * io.tunnelmesh.openflow.api.message.OfMessage}, with value classes for the protocol's code points (error types and
 * codes, controller roles, flow-mod commands) that keep unknown codes round-trippable. Shapes that differ between
 * protocol versions are separate types; the ones here follow OpenFlow 1.3.5 unless a record says otherwise.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.message;
