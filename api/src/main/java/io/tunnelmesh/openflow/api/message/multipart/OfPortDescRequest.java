/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_PORT_DESC} request (OpenFlow 1.3.5 section 7.3.5.7):
 * asks for the description ({@code ofp_port}) of every port. Its body is empty.
 */
public record OfPortDescRequest() implements OfMultipartRequestBody {
    /** The only value. */
    public static final OfPortDescRequest INSTANCE = new OfPortDescRequest();

    @Override
    public OfMultipartType type() {
        return OfMultipartType.PORT_DESC;
    }
}
