/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Codecs for OpenFlow 1.3 (wire version 0x04), following OpenFlow 1.3.5: one message codec per type, registered
 * through {@link io.tunnelmesh.openflow.impl.codec.v13.V13Codecs}, and the structure codecs they share (match and
 * OXM fields, actions, instructions, port descriptions).
 */
package io.tunnelmesh.openflow.impl.codec.v13;
