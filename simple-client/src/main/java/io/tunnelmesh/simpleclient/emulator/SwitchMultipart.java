/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStats;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsRequest;
import io.tunnelmesh.simpleclient.switchstate.SwitchPort;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import java.util.List;
import java.util.Locale;

/**
 * The OpenFlow 1.3 multipart replies a switch gives about itself rather than its flow state (OpenFlow 1.3.5 section
 * 7.3.5): {@code DESC}, {@code PORT_STATS} (the emulated ports carry no traffic, so every counter is 0 and only the
 * duration moves), {@code QUEUE_STATS} (no queues), {@code GROUP_FEATURES} and {@code METER_FEATURES} (what the
 * switch state accepts). Flow, aggregate, table, group, meter and port description requests go to the
 * {@link SwitchState}; anything else ({@code TABLE_FEATURES}, experimenter requests) is refused with
 * {@code OFPBRC_BAD_MULTIPART}, which a controller must handle from any switch that lacks it.
 */
final class SwitchMultipart {
    /** The manufacturer in {@code DESC}. */
    static final String MANUFACTURER = "TunnelMesh";
    /** The hardware description in {@code DESC}. */
    static final String HARDWARE = "simple-client emulated switch";
    /** The software description in {@code DESC}. */
    static final String SOFTWARE = "TunnelMesh simple-client";
    /** {@code OFPGT_ALL}, {@code SELECT}, {@code INDIRECT} and {@code FF}. */
    static final int GROUP_TYPES = 0xf;
    /** {@code OFPGFC_SELECT_WEIGHT | OFPGFC_SELECT_LIVENESS | OFPGFC_CHAINING}. */
    static final int GROUP_CAPABILITIES = 0x7;
    /** The 16 standard actions of OpenFlow 1.3 as {@code 1 << OFPAT_*}: output, copy TTLs, MPLS, VLAN, queue,
     *  group, TTLs, set-field, PBB. */
    static final int ACTIONS = 1 | 1 << 11 | 1 << 12 | 1 << 15 | 1 << 16 | 1 << 17 | 1 << 18 | 1 << 19 | 1 << 20
        | 1 << 21 | 1 << 22 | 1 << 23 | 1 << 24 | 1 << 25 | 1 << 26 | 1 << 27;
    /** {@code 1 << OFPMBT_DROP}: the switch state accepts drop bands only, as Open vSwitch's userspace datapath. */
    static final int METER_BAND_TYPES = 1 << 1;
    /** The most bands per meter Open vSwitch's userspace datapath takes. */
    static final int METER_MAX_BANDS = 8;

    private SwitchMultipart() {
        // static answers
    }

    static SwitchAgent.Answer answer(final SwitchAgent agent, final OfMultipartRequest request) {
        final int xid = request.xid();
        return switch (request.body()) {
            case OfDescRequest body -> SwitchAgent.Answer.reply(OfMultipartReply.last(xid, desc(agent)));
            case OfPortStatsRequest body -> SwitchAgent.Answer.reply(OfMultipartReply.last(xid,
                new OfPortStatsReply(portStats(agent, body.portNo()))));
            case OfQueueStatsRequest body -> body.portNo() == OfQueueStatsRequest.ANY_PORT
                || agent.port(body.portNo()) != null
                    ? SwitchAgent.Answer.reply(OfMultipartReply.last(xid, new OfQueueStatsReply(List.of())))
                    : agent.error(request, OfErrorCode.OFPQOFC_BAD_PORT);
            case OfGroupFeaturesRequest body -> SwitchAgent.Answer.reply(OfMultipartReply.last(xid,
                new OfGroupFeaturesReply(GROUP_TYPES, GROUP_CAPABILITIES, List.of(OfGroupMod.MAX, OfGroupMod.MAX,
                    OfGroupMod.MAX, OfGroupMod.MAX), List.of(ACTIONS, ACTIONS, ACTIONS, ACTIONS))));
            case OfMeterFeaturesRequest body -> SwitchAgent.Answer.reply(OfMultipartReply.last(xid,
                new OfMeterFeaturesReply(OfMeterMod.MAX, METER_BAND_TYPES,
                    OfMeterMod.KBPS | OfMeterMod.PKTPS | OfMeterMod.BURST | OfMeterMod.STATS, METER_MAX_BANDS, 0)));
            default -> agent.error(request, OfErrorCode.OFPBRC_BAD_MULTIPART);
        };
    }

    static OfDescReply desc(final SwitchAgent agent) {
        return new OfDescReply(MANUFACTURER, HARDWARE, SOFTWARE, serial(agent.datapathId()),
            "emulated switch " + agent.number());
    }

    /**
     * The serial number: the datapath id in 16 hexadecimal digits, as {@code ovs-ofctl show} prints it.
     */
    static String serial(final long datapathId) {
        return String.format(Locale.ROOT, "%016x", datapathId);
    }

    private static List<OfPortStats> portStats(final SwitchAgent agent, final int portNo) {
        final var uptime = agent.uptime();
        final int seconds = (int) Math.min(uptime.getSeconds(), 0xffff_ffffL);
        return agent.ports().stream()
            .filter(port -> portNo == OfPortStatsRequest.ANY || port.number() == portNo)
            .map(SwitchPort::number)
            .map(number -> new OfPortStats(number, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, seconds, uptime.getNano()))
            .toList();
    }
}
