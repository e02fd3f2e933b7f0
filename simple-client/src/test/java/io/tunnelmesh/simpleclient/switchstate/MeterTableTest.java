/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static io.tunnelmesh.simpleclient.switchstate.TestSwitches.errorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfMeterBandDrop;
import io.tunnelmesh.openflow.api.message.OfMeterBandDscpRemark;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMeterModCommand;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfig;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStats;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeterTableTest {
    private final SwitchState state = TestSwitches.switchState();

    private OfErrorCode refusal(final OfMeterMod mod) {
        return errorOf(state.handle(mod));
    }

    @Test
    void meterModErrorsAreThoseOfTheUserspaceDatapath() {
        assertEquals(List.of(), state.handle(OfMeterMod.builder(1).kbps().drop(1000, 0).build()));
        assertEquals(OfErrorCode.OFPMMFC_METER_EXISTS, refusal(OfMeterMod.builder(1).kbps().drop(1000, 0).build()));
        assertEquals(OfErrorCode.OFPMMFC_UNKNOWN_METER, refusal(OfMeterMod.builder(2).kbps().drop(1000, 0)
            .command(OfMeterModCommand.MODIFY).build()));
        assertEquals(OfErrorCode.OFPMMFC_BAD_FLAGS, refusal(OfMeterMod.builder(4).kbps().pktps().drop(1000, 0)
            .build()));
        assertEquals(OfErrorCode.OFPMMFC_BAD_FLAGS, refusal(OfMeterMod.builder(4).drop(1000, 0).build()));
        assertEquals(OfErrorCode.OFPMMFC_BAD_FLAGS, refusal(OfMeterMod.builder(4).kbps().flag(0x40).drop(1000, 0)
            .build()));
        assertEquals(OfErrorCode.OFPMMFC_BAD_RATE, refusal(OfMeterMod.builder(5).kbps().drop(0, 0).build()));
        assertEquals(OfErrorCode.OFPMMFC_BAD_BAND, refusal(OfMeterMod.builder(6).kbps()
            .band(new OfMeterBandDscpRemark(1000, 0, 1)).build()));
        assertEquals(OfErrorCode.OFPMMFC_INVALID_METER, refusal(OfMeterMod.builder(0).kbps().drop(1000, 0).build()));
        assertEquals(OfErrorCode.OFPMMFC_INVALID_METER, refusal(OfMeterMod.builder(0xffff0001).kbps()
            .drop(1000, 0).build()));
        assertEquals(OfErrorCode.OFPMMFC_OUT_OF_BANDS, refusal(OfMeterMod.builder(7).kbps().build()));
        assertEquals(OfErrorCode.OFPMMFC_BAD_COMMAND, refusal(OfMeterMod.builder(7).kbps().drop(1, 0)
            .command(OfMeterModCommand.valueOf(9)).build()));
        // the virtual slow-path meter is accepted, a delete of a missing meter is no error
        assertEquals(List.of(), state.handle(OfMeterMod.builder(OfMeterMod.SLOWPATH).kbps().drop(1000, 0).build()));
        assertEquals(List.of(), state.handle(OfMeterMod.delete(3)));
    }

    @Test
    void metersCountWhatPassesAndReportTheirConfiguration() throws RequestRefusedException {
        state.apply(OfMeterMod.builder(1).pktps().burst().drop(100, 10).build());
        state.apply(OfFlowMod.builder().instruction(OfInstructionMeter.of(1)).applyActions(OfActionOutput.to(2))
            .build());
        // no rate enforcement: the packet passes
        assertEquals(List.of(2), state.receive(Packet.builder().inPort(1).length(80).build()).ports());

        final var config = (OfMeterConfigReply) ((OfMultipartReply) state.handle(OfMultipartRequest.of(1,
            new OfMeterConfigRequest(OfMeterConfigRequest.ALL))).get(0)).body();
        assertEquals(List.of(new OfMeterConfig(
            OfMeterMod.PKTPS | OfMeterMod.BURST, 1, List.of(new OfMeterBandDrop(100, 10)))), config.meters());

        final var stats = (OfMeterStatsReply) ((OfMultipartReply) state.handle(OfMultipartRequest.of(2,
            new OfMeterStatsRequest(1))).get(0)).body();
        final OfMeterStats meter = stats.meters().get(0);
        assertEquals(1, meter.flowCount());
        assertEquals(1, meter.packetInCount());
        assertEquals(80, meter.byteInCount());
    }

    @Test
    void deletingAMeterDeletesTheFlowsUsingIt() throws RequestRefusedException {
        state.apply(OfMeterMod.builder(1).kbps().drop(100, 0).build());
        state.apply(OfFlowMod.builder().match(OfMatch.of(OxmInPort.of(1))).flags(OfFlowMod.SEND_FLOW_REM)
            .instruction(OfInstructionMeter.of(1)).build());
        state.apply(OfFlowMod.builder().match(OfMatch.of(OxmInPort.of(2))).build());
        final List<OfFlowRemoved> removed = state.apply(OfMeterMod.delete(OfMeterMod.ALL));
        assertEquals(1, removed.size());
        assertEquals(FlowRemovedReason.DELETE.code(), removed.get(0).reason());
        assertEquals(1, state.flowCount());
    }
}
