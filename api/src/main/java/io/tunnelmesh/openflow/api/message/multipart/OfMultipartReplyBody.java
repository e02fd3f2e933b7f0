/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The body of an {@code OFPT_MULTIPART_REPLY} (OpenFlow 1.3.5 section 7.3.5): one record per reply type, holding a
 * list of entries where the body is an array; the opaque {@link OfExperimenterMultipartReply} for experimenter
 * bodies nobody registered a codec for, and {@link OfMultipartReplyExtension} for those somebody did.
 */
public sealed interface OfMultipartReplyBody extends OfMultipartBody permits OfDescReply, OfFlowStatsReply,
        OfAggregateStatsReply, OfTableStatsReply, OfPortStatsReply, OfQueueStatsReply, OfGroupStatsReply,
        OfGroupDescReply, OfGroupFeaturesReply, OfMeterStatsReply, OfMeterConfigReply, OfMeterFeaturesReply,
        OfTableFeaturesReply, OfPortDescReply, OfExperimenterMultipartReply, OfMultipartReplyExtension {
    // Sealed: the reply bodies of OpenFlow 1.3 and the open experimenter branch
}
