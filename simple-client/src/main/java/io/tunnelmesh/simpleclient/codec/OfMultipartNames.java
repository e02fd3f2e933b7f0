/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartReply;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyExtension;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestExtension;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartType;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReplyBody;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;

/**
 * The type of a multipart body ({@code OFPMP_*}, OpenFlow 1.3.5 section 7.3.5) and of an OpenFlow 1.0 stats body
 * ({@code OFPST_*}, OpenFlow 1.0.0 section 5.3.5), which the body records do not carry: each sealed family is
 * switched over exhaustively.
 */
final class OfMultipartNames {
    private OfMultipartNames() {
        // Hidden on purpose
    }

    static String request(final OfMultipartRequestBody body) {
        return name(switch (body) {
            case OfDescRequest desc -> OfMultipartType.DESC;
            case OfFlowStatsRequest flow -> OfMultipartType.FLOW;
            case OfAggregateStatsRequest aggregate -> OfMultipartType.AGGREGATE;
            case OfTableStatsRequest table -> OfMultipartType.TABLE;
            case OfPortStatsRequest portStats -> OfMultipartType.PORT_STATS;
            case OfQueueStatsRequest queue -> OfMultipartType.QUEUE;
            case OfGroupStatsRequest group -> OfMultipartType.GROUP;
            case OfGroupDescRequest groupDesc -> OfMultipartType.GROUP_DESC;
            case OfGroupFeaturesRequest groupFeatures -> OfMultipartType.GROUP_FEATURES;
            case OfMeterStatsRequest meter -> OfMultipartType.METER;
            case OfMeterConfigRequest meterConfig -> OfMultipartType.METER_CONFIG;
            case OfMeterFeaturesRequest meterFeatures -> OfMultipartType.METER_FEATURES;
            case OfTableFeaturesRequest tableFeatures -> OfMultipartType.TABLE_FEATURES;
            case OfPortDescRequest portDesc -> OfMultipartType.PORT_DESC;
            case OfExperimenterMultipartRequest experimenter -> OfMultipartType.EXPERIMENTER;
            case OfMultipartRequestExtension extension -> OfMultipartType.EXPERIMENTER;
        });
    }

    static String reply(final OfMultipartReplyBody body) {
        return name(switch (body) {
            case OfDescReply desc -> OfMultipartType.DESC;
            case OfFlowStatsReply flow -> OfMultipartType.FLOW;
            case OfAggregateStatsReply aggregate -> OfMultipartType.AGGREGATE;
            case OfTableStatsReply table -> OfMultipartType.TABLE;
            case OfPortStatsReply portStats -> OfMultipartType.PORT_STATS;
            case OfQueueStatsReply queue -> OfMultipartType.QUEUE;
            case OfGroupStatsReply group -> OfMultipartType.GROUP;
            case OfGroupDescReply groupDesc -> OfMultipartType.GROUP_DESC;
            case OfGroupFeaturesReply groupFeatures -> OfMultipartType.GROUP_FEATURES;
            case OfMeterStatsReply meter -> OfMultipartType.METER;
            case OfMeterConfigReply meterConfig -> OfMultipartType.METER_CONFIG;
            case OfMeterFeaturesReply meterFeatures -> OfMultipartType.METER_FEATURES;
            case OfTableFeaturesReply tableFeatures -> OfMultipartType.TABLE_FEATURES;
            case OfPortDescReply portDesc -> OfMultipartType.PORT_DESC;
            case OfExperimenterMultipartReply experimenter -> OfMultipartType.EXPERIMENTER;
            case OfMultipartReplyExtension extension -> OfMultipartType.EXPERIMENTER;
        });
    }

    static Object v10Request(final Of10StatsRequestBody body) {
        return OfTypeNames.v10Stats(switch (body) {
            case Of10StatsRequestBody.Desc desc -> 0;
            case Of10StatsRequestBody.Flow flow -> 1;
            case Of10StatsRequestBody.Aggregate aggregate -> 2;
            case Of10StatsRequestBody.Table table -> 3;
            case Of10StatsRequestBody.Port port -> 4;
            case Of10StatsRequestBody.Queue queue -> 5;
            case Of10StatsRequestBody.Vendor vendor -> OfTypeNames.EXPERIMENTER;
            case Of10StatsRequestBody.Unknown unknown -> unknown.type();
        });
    }

    static Object v10Reply(final Of10StatsReplyBody body) {
        return OfTypeNames.v10Stats(switch (body) {
            case Of10StatsReplyBody.Desc desc -> 0;
            case Of10StatsReplyBody.Flow flow -> 1;
            case Of10StatsReplyBody.Aggregate aggregate -> 2;
            case Of10StatsReplyBody.Table table -> 3;
            case Of10StatsReplyBody.Port port -> 4;
            case Of10StatsReplyBody.Queue queue -> 5;
            case Of10StatsReplyBody.Vendor vendor -> OfTypeNames.EXPERIMENTER;
            case Of10StatsReplyBody.Unknown unknown -> unknown.type();
        });
    }

    private static String name(final OfMultipartType type) {
        return "OFPMP_" + type.name();
    }
}
