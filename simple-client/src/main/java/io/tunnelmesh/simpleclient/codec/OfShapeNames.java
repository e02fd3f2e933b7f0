/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.tunnelmesh.openflow.api.ext.nicira.NxActionController2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxEncapProperty;
import io.tunnelmesh.openflow.api.ext.nicira.NxLearnSpec;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleProperty;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyExperimenter;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundlePropertyUnknown;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionClearActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionExperimenter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionUnknown;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.message.OfHelloElement;
import io.tunnelmesh.openflow.api.message.OfHelloUnknownElement;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import io.tunnelmesh.openflow.api.message.OfMeterBand;
import io.tunnelmesh.openflow.api.message.OfMeterBandDrop;
import io.tunnelmesh.openflow.api.message.OfMeterBandDscpRemark;
import io.tunnelmesh.openflow.api.message.OfMeterBandExperimenter;
import io.tunnelmesh.openflow.api.message.OfMeterBandUnknown;
import io.tunnelmesh.openflow.api.message.OfQueuePropExperimenter;
import io.tunnelmesh.openflow.api.message.OfQueuePropMaxRate;
import io.tunnelmesh.openflow.api.message.OfQueuePropMinRate;
import io.tunnelmesh.openflow.api.message.OfQueuePropUnknown;
import io.tunnelmesh.openflow.api.message.OfQueueProperty;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeatureProperty;
import io.tunnelmesh.openflow.api.message.v10.Of10Action;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionEnqueue;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionOutput;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwTos;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanPcp;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanVid;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionStripVlan;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionUnknown;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionVendor;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueProperty;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@code "type"} of a value that is one of several shapes: an instruction, a meter band, a queue, hello, table
 * feature, bundle, {@code controller2} or {@code encap} property, an OpenFlow 1.0 action, a {@code learn} spec, a
 * {@code ct} zone. The specification's name where it has one, the wire number for a code nobody modelled (the
 * {@code Unknown} records), and for the shapes Open vSwitch does not name on the wire ({@code learn} specs,
 * {@code ct} zones) the model's. Each sealed family is switched over exhaustively, so a new record is a compile
 * error here rather than a nameless object in the output. Actions, whose extensions are open, are named by the
 * registry ({@link OfRegistryNames#actionType}).
 */
final class OfShapeNames {
    private OfShapeNames() {
        // Hidden on purpose
    }

    /**
     * The type of a value of one of the families above.
     *
     * @param value the value
     * @return the name or number, or {@code null} if the value is of none of them
     */
    static @Nullable Object of(final Object value) {
        return switch (value) {
            case OfInstruction instruction -> instruction(instruction);
            case Of10Action action -> v10Action(action);
            case OfMeterBand band -> meterBand(band);
            case OfQueueProperty property -> queueProperty(property);
            case Of10QueueProperty property -> v10QueueProperty(property);
            case OfHelloElement element -> helloElement(element);
            case OfTableFeatureProperty property -> tableFeatureProperty(property);
            case OnfBundleProperty property -> bundleProperty(property);
            case NxActionController2.Property property -> controller2Property(property);
            case NxEncapProperty property -> encapProperty(property);
            case NxLearnSpec spec -> learnSpec(spec);
            case NxActionCt.Zone zone -> ctZone(zone);
            default -> null;
        };
    }

    private static Object v10QueueProperty(final Of10QueueProperty property) {
        return switch (property) {
            case Of10QueueProperty.MinRate minRate -> "OFPQT_MIN_RATE";
            case Of10QueueProperty.Unknown unknown -> unknown.property();
        };
    }

    private static Object helloElement(final OfHelloElement element) {
        return switch (element) {
            case OfHelloVersionBitmap bitmap -> "OFPHET_VERSIONBITMAP";
            case OfHelloUnknownElement unknown -> unknown.type();
        };
    }

    private static Object bundleProperty(final OnfBundleProperty property) {
        return switch (property) {
            case OnfBundlePropertyExperimenter experimenter -> "OFPBPT_EXPERIMENTER";
            case OnfBundlePropertyUnknown unknown -> unknown.type();
        };
    }

    private static Object encapProperty(final NxEncapProperty property) {
        return switch (property) {
            case NxEncapProperty.NshMdType mdType -> "OFPPPT_PROP_NSH_MDTYPE";
            case NxEncapProperty.NshTlv tlv -> "OFPPPT_PROP_NSH_TLV";
            case NxEncapProperty.Unknown unknown -> unknown.type();
        };
    }

    private static String learnSpec(final NxLearnSpec spec) {
        return switch (spec) {
            case NxLearnSpec.MatchField matchField -> "match_field";
            case NxLearnSpec.MatchValue matchValue -> "match_value";
            case NxLearnSpec.LoadField loadField -> "load_field";
            case NxLearnSpec.LoadValue loadValue -> "load_value";
            case NxLearnSpec.OutputField outputField -> "output_field";
        };
    }

    private static String ctZone(final NxActionCt.Zone zone) {
        return switch (zone) {
            case NxActionCt.ImmediateZone immediate -> "immediate";
            case NxActionCt.FieldZone field -> "field";
        };
    }

    private static Object instruction(final OfInstruction instruction) {
        final int type = switch (instruction) {
            case OfInstructionGotoTable goTo -> 1;
            case OfInstructionWriteMetadata writeMetadata -> 2;
            case OfInstructionWriteActions writeActions -> 3;
            case OfInstructionApplyActions applyActions -> 4;
            case OfInstructionClearActions clearActions -> 5;
            case OfInstructionMeter meter -> 6;
            case OfInstructionExperimenter experimenter -> OfTypeNames.EXPERIMENTER;
            case OfInstructionUnknown unknown -> unknown.type();
        };
        return OfTypeNames.instruction(type);
    }

    private static Object v10Action(final Of10Action action) {
        final int type = switch (action) {
            case Of10ActionOutput output -> 0;
            case Of10ActionSetVlanVid setVlanVid -> 1;
            case Of10ActionSetVlanPcp setVlanPcp -> 2;
            case Of10ActionStripVlan stripVlan -> 3;
            case Of10ActionSetDlSrc setDlSrc -> 4;
            case Of10ActionSetDlDst setDlDst -> 5;
            case Of10ActionSetNwSrc setNwSrc -> 6;
            case Of10ActionSetNwDst setNwDst -> 7;
            case Of10ActionSetNwTos setNwTos -> 8;
            case Of10ActionSetTpSrc setTpSrc -> 9;
            case Of10ActionSetTpDst setTpDst -> 10;
            case Of10ActionEnqueue enqueue -> 11;
            case Of10ActionVendor vendor -> OfTypeNames.EXPERIMENTER;
            case Of10ActionUnknown unknown -> unknown.type();
        };
        return OfTypeNames.v10Action(type);
    }

    private static Object meterBand(final OfMeterBand band) {
        return switch (band) {
            case OfMeterBandDrop drop -> "OFPMBT_DROP";
            case OfMeterBandDscpRemark dscpRemark -> "OFPMBT_DSCP_REMARK";
            case OfMeterBandExperimenter experimenter -> "OFPMBT_EXPERIMENTER";
            case OfMeterBandUnknown unknown -> unknown.type();
        };
    }

    private static Object queueProperty(final OfQueueProperty property) {
        return switch (property) {
            case OfQueuePropMinRate minRate -> "OFPQT_MIN_RATE";
            case OfQueuePropMaxRate maxRate -> "OFPQT_MAX_RATE";
            case OfQueuePropExperimenter experimenter -> "OFPQT_EXPERIMENTER";
            case OfQueuePropUnknown unknown -> unknown.property();
        };
    }

    private static Object tableFeatureProperty(final OfTableFeatureProperty property) {
        return OfTypeNames.tableFeatureProperty(switch (property) {
            case OfTableFeatureProperty.Instructions instructions -> instructions.type();
            case OfTableFeatureProperty.NextTables nextTables -> nextTables.type();
            case OfTableFeatureProperty.Actions actions -> actions.type();
            case OfTableFeatureProperty.Oxm oxm -> oxm.type();
            case OfTableFeatureProperty.Experimenter experimenter -> experimenter.type();
            case OfTableFeatureProperty.Unknown unknown -> unknown.type();
        });
    }

    private static String controller2Property(final NxActionController2.Property property) {
        return switch (property) {
            case NxActionController2.MaxLength maxLength -> "NXAC2PT_MAX_LEN";
            case NxActionController2.ControllerId controllerId -> "NXAC2PT_CONTROLLER_ID";
            case NxActionController2.Reason reason -> "NXAC2PT_REASON";
            case NxActionController2.Userdata userdata -> "NXAC2PT_USERDATA";
            case NxActionController2.Pause pause -> "NXAC2PT_PAUSE";
            case NxActionController2.MeterId meterId -> "NXAC2PT_METER_ID";
        };
    }
}
