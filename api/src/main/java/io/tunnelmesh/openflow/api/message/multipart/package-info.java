/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The bodies of {@code OFPT_MULTIPART_REQUEST} and {@code OFPT_MULTIPART_REPLY} of OpenFlow 1.3 (OpenFlow 1.3.5
 * section 7.3.5): one record per multipart type and direction under the sealed
 * {@link io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody} and
 * {@link io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody}, with the entry records of the bodies
 * that are arrays (flow stats, port stats, group descriptions, table features...). Experimenter bodies are opaque
 * unless a codec is registered for them, in which case they implement
 * {@link io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestExtension} or
 * {@link io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyExtension}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.message.multipart;
