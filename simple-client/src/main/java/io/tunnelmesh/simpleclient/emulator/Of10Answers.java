/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10GetConfigReply;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.api.message.v10.Of10PortStats;
import io.tunnelmesh.openflow.api.message.v10.Of10SetConfig;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReplyBody;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;
import io.tunnelmesh.simpleclient.switchstate.RequestBytes;
import io.tunnelmesh.simpleclient.switchstate.SwitchPort;

/**
 * What an emulated switch answers on an OpenFlow 1.0 connection: the handshake and the connection (features with
 * its ports and the actions it supports, {@code GET_CONFIG}/{@code SET_CONFIG}, {@code BARRIER}, echo), flow-mods
 * and flow, aggregate and table statistics ({@link Of10FlowTable}, on the same switch state as OpenFlow 1.3),
 * {@code OFPST_DESC} and {@code OFPST_PORT} (zero counters); everything else is refused with the OpenFlow 1.0 error a
 * switch without that feature sends: {@code OFPBRC_BAD_TYPE} for a message type (packet-outs, port-mods, vendor
 * messages), {@code OFPBRC_BAD_STAT} for a statistics type (queues, vendor).
 */
final class Of10Answers {
    /** {@code OFPC_FLOW_STATS | OFPC_TABLE_STATS | OFPC_PORT_STATS}. */
    static final int CAPABILITIES = 1 << 0 | 1 << 1 | 1 << 2;
    /** Every action of OpenFlow 1.0, {@code OFPAT_OUTPUT} (bit 0) to {@code OFPAT_ENQUEUE} (bit 11). */
    static final int ACTIONS = (1 << 12) - 1;
    /** OpenFlow 1.0 {@code OFPPF_10GB_FD | OFPPF_COPPER}. */
    static final int FEATURES_10GB_COPPER = 1 << 6 | 1 << 7;

    private final SwitchAgent agent;
    private final RequestBytes requestBytes;

    Of10Answers(final SwitchAgent agent, final RequestBytes requestBytes) {
        this.agent = agent;
        this.requestBytes = requestBytes;
    }

    SwitchAgent.Answer handle(final OfMessage message) {
        return switch (message) {
            case OfFeaturesRequest request -> SwitchAgent.Answer.reply(new Of10FeaturesReply(request.xid(),
                agent.datapathId(), 0, agent.tables(), CAPABILITIES, ACTIONS, agent.ports().stream()
                    .map(Of10Answers::port).toList()));
            case OfGetConfigRequest request -> SwitchAgent.Answer.reply(new Of10GetConfigReply(request.xid(),
                agent.config()));
            case Of10SetConfig set -> {
                agent.config(set.config());
                yield SwitchAgent.Answer.NONE;
            }
            case OfBarrierRequest request -> SwitchAgent.Answer.reply(new OfBarrierReply(OfVersion.OF10,
                request.xid()));
            case OfEchoReply reply -> SwitchAgent.Answer.NONE;
            case OfEchoRequest request -> SwitchAgent.Answer.reply(request.reply());
            case Of10StatsRequest request -> stats(request);
            case Of10FlowMod mod -> agent.withState(state -> Of10FlowTable.apply(mod, state, requestBytes.of(mod)));
            case OfHello hello -> SwitchAgent.Answer.NONE;
            case Of10Error error -> SwitchAgent.Answer.NONE;
            default -> error(message, Of10ErrorCode.OFPBRC_BAD_TYPE);
        };
    }

    private SwitchAgent.Answer stats(final Of10StatsRequest request) {
        return switch (request.body()) {
            case Of10StatsRequestBody.Desc desc -> SwitchAgent.Answer.reply(Of10StatsReply.of(request.xid(),
                new Of10StatsReplyBody.Desc(SwitchMultipart.MANUFACTURER, SwitchMultipart.HARDWARE,
                    SwitchMultipart.SOFTWARE, SwitchMultipart.serial(agent.datapathId()),
                    "emulated switch " + agent.number())));
            case Of10StatsRequestBody.Port port -> SwitchAgent.Answer.reply(Of10StatsReply.of(request.xid(),
                new Of10StatsReplyBody.Port(agent.ports().stream()
                    .map(SwitchPort::desc).map(Of10Answers::port)
                    .filter(desc -> port.portNo() == Of10PortDesc.OFPP_NONE || desc.portNo() == port.portNo())
                    .map(desc -> new Of10PortStats(desc.portNo(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                    .toList())));
            case Of10StatsRequestBody.Flow flow -> Of10FlowTable.statistics(request, agent.state());
            case Of10StatsRequestBody.Aggregate aggregate -> Of10FlowTable.statistics(request, agent.state());
            case Of10StatsRequestBody.Table table -> Of10FlowTable.statistics(request, agent.state());
            default -> error(request, Of10ErrorCode.OFPBRC_BAD_STAT);
        };
    }

    private static Of10PortDesc port(final SwitchPort port) {
        return port(port.desc());
    }

    /**
     * A port as OpenFlow 1.0 describes it: 16-bit numbers ({@code LOCAL} is 0xfffe), the link-down state bit only.
     */
    private static Of10PortDesc port(final OfPortDesc desc) {
        final int number = desc.portNo() == OfActionOutput.LOCAL ? Of10PortDesc.OFPP_LOCAL : desc.portNo();
        return new Of10PortDesc(number, desc.hwAddress(), desc.name(), desc.config() & Of10PortDesc.OFPPC_PORT_DOWN,
            desc.state() & Of10PortDesc.OFPPS_LINK_DOWN, FEATURES_10GB_COPPER, 0, 0, 0);
    }

    private SwitchAgent.Answer error(final OfMessage request, final Of10ErrorCode code) {
        // the request bytes are at most the first 64 (EncodedRequestBytes), as OpenFlow 1.0 section 5.4.4 asks
        return SwitchAgent.Answer.reply(new Of10Error(request.xid(), code, requestBytes.of(request)));
    }
}
