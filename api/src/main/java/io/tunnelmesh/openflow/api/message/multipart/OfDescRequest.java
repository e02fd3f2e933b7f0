/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_DESC} request (OpenFlow 1.3.5 section 7.3.5.1):
 * asks for the manufacturer, hardware, software, serial number and datapath descriptions. Its body is empty.
 */
public record OfDescRequest() implements OfMultipartRequestBody {
    /** The only value. */
    public static final OfDescRequest INSTANCE = new OfDescRequest();

    @Override
    public OfMultipartType type() {
        return OfMultipartType.DESC;
    }
}
