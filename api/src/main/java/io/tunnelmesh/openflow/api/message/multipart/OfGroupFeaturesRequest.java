/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_GROUP_FEATURES} request (OpenFlow 1.3.5 section 7.3.5.11):
 * asks for the group types and capabilities the switch supports. Its body is empty.
 */
public record OfGroupFeaturesRequest() implements OfMultipartRequestBody {
    /** The only value. */
    public static final OfGroupFeaturesRequest INSTANCE = new OfGroupFeaturesRequest();

    @Override
    public OfMultipartType type() {
        return OfMultipartType.GROUP_FEATURES;
    }
}
