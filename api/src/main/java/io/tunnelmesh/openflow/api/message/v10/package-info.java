/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OpenFlow 1.0 message model (OpenFlow Switch Specification 1.0.0, wire version 0x01): one immutable record per
 * message whose layout differs from OpenFlow 1.3, each an {@link io.tunnelmesh.openflow.api.message.Of10Message};
 * the fixed 40-byte {@link io.tunnelmesh.openflow.api.message.v10.Of10Match}; the sealed
 * {@link io.tunnelmesh.openflow.api.message.v10.Of10Action} hierarchy; the 48-byte port description; statistics
 * bodies; queue descriptions; and the 1.0 error types and codes, which are numbered differently from 1.3. Nothing
 * here is shared with the 1.3 shapes of the parent package, following the rule that version-specific shapes are
 * separate types.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.message.v10;
