/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * An {@code OFPMP_EXPERIMENTER} reply body decoded by a registered
 * {@link io.tunnelmesh.openflow.api.codec.OfMultipartExperimenterCodec}: the open branch of the reply bodies. The
 * codec writes and reads everything after the experimenter id and {@code exp_type}.
 */
public non-sealed interface OfMultipartReplyExtension extends OfMultipartReplyBody {
    @Override
    default OfMultipartType type() {
        return OfMultipartType.EXPERIMENTER;
    }
}
