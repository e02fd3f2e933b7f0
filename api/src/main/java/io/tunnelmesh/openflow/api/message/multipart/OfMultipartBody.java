/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The body of a multipart request or reply (OpenFlow 1.3.5 section 7.3.5): what follows the multipart header's
 * type, flags and padding.
 */
public sealed interface OfMultipartBody permits OfMultipartRequestBody, OfMultipartReplyBody {
    /**
     * The multipart type written in the header for this body.
     *
     * @return the type
     */
    OfMultipartType type();
}
