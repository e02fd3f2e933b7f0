/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Codecs for OpenFlow 1.0 (wire version 0x01), following OpenFlow 1.0.0: one message codec per type, registered
 * through {@link io.tunnelmesh.openflow.impl.codec.v10.V10Codecs}, and the 1.0 structure codecs they share (the
 * fixed 40-byte match, 1.0 actions, the 48-byte port description, queue descriptions). OpenFlow 1.0 has its own
 * match and action formats, so these codecs never use the OXM and action tables of the codec context.
 */
package io.tunnelmesh.openflow.impl.codec.v10;
