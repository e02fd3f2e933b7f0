/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * An OpenFlow 1.0 message whose wire layout differs from its 1.3 counterpart (OpenFlow 1.0.0, wire version 0x01):
 * the records of {@code io.tunnelmesh.openflow.api.message.v10}, such as {@code Of10FlowMod} or
 * {@code Of10StatsReply}. Messages whose layout is the same in both versions (HELLO, ECHO, FEATURES_REQUEST,
 * GET_CONFIG_REQUEST, BARRIER) are the version-agnostic records of this package, built with
 * {@link OfVersion#OF10}.
 *
 * <p>This interface is non-sealed only because Java requires the permitted subtypes of a sealed type to share its
 * package when the library is not a named module; the 1.0 records are its only implementations, and a codec
 * registry encodes nothing else as 1.0.
 */
public non-sealed interface Of10Message extends OfMessage {
    @Override
    default OfVersion version() {
        return OfVersion.OF10;
    }
}
