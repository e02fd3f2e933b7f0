/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The body of an {@code OFPT_MULTIPART_REQUEST} (OpenFlow 1.3.5 section 7.3.5): one record per request type, the
 * opaque {@link OfExperimenterMultipartRequest} for experimenter bodies nobody registered a codec for, and
 * {@link OfMultipartRequestExtension} for those somebody did.
 */
public sealed interface OfMultipartRequestBody extends OfMultipartBody permits OfDescRequest, OfFlowStatsRequest,
        OfAggregateStatsRequest, OfTableStatsRequest, OfPortStatsRequest, OfQueueStatsRequest, OfGroupStatsRequest,
        OfGroupDescRequest, OfGroupFeaturesRequest, OfMeterStatsRequest, OfMeterConfigRequest,
        OfMeterFeaturesRequest, OfTableFeaturesRequest, OfPortDescRequest, OfExperimenterMultipartRequest,
        OfMultipartRequestExtension {
    // Sealed: the request bodies of OpenFlow 1.3 and the open experimenter branch
}
