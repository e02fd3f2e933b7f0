/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.codec;

import com.google.common.primitives.Longs;
import io.netty.buffer.ByteBuf;
import java.util.List;
import org.opendaylight.openflowjava.protocol.api.keys.MatchEntrySerializerKey;
import org.opendaylight.openflowjava.protocol.impl.deserialization.DeserializationFactory;
import org.opendaylight.openflowjava.protocol.impl.deserialization.DeserializerRegistryImpl;
import org.opendaylight.openflowjava.protocol.impl.serialization.SerializationFactory;
import org.opendaylight.openflowjava.protocol.impl.serialization.SerializerRegistryImpl;
import org.opendaylight.openflowjava.protocol.impl.serialization.match.OxmIpv4DstSerializer;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.action.rev150203.action.grouping.action.choice.OutputActionCaseBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.action.rev150203.action.grouping.action.choice.SetFieldCaseBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.action.rev150203.action.grouping.action.choice.output.action._case.OutputActionBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.action.rev150203.action.grouping.action.choice.set.field._case.SetFieldActionBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.action.rev150203.actions.grouping.Action;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.action.rev150203.actions.grouping.ActionBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.instruction.rev130731.instruction.grouping.instruction.choice.ApplyActionsCaseBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.instruction.rev130731.instruction.grouping.instruction.choice.apply.actions._case.ApplyActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.instruction.rev130731.instructions.grouping.InstructionBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.types.rev130731.FlowModCommand;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.types.rev130731.FlowModFlags;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.types.rev130731.PortNumber;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.common.types.rev130731.TableId;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.InPort;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.MatchField;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.Nxm1Class;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.OpenflowBasicClass;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.OxmMatchType;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.TunnelId;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entries.grouping.MatchEntry;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entries.grouping.MatchEntryBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entry.value.grouping.match.entry.value.InPortCaseBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entry.value.grouping.match.entry.value.Ipv4DstCaseBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entry.value.grouping.match.entry.value.TunnelIdCaseBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entry.value.grouping.match.entry.value.in.port._case.InPortBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entry.value.grouping.match.entry.value.ipv4.dst._case.Ipv4DstBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.entry.value.grouping.match.entry.value.tunnel.id._case.TunnelIdBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.oxm.rev150225.match.grouping.MatchBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.protocol.rev130731.FlowModInput;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.protocol.rev130731.FlowModInputBuilder;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.protocol.rev130731.PacketInMessage;
import org.opendaylight.yangtools.binding.DataContainer;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * ODL openflowjava 0.20.1 set up as its connection layer sets it up: the serializer and deserializer registries
 * with every built-in codec, and the factories its encoder and decoder call.
 *
 * <p>{@code NXM_NX_TUN_IPV4_DST} (Nicira class 1, field 32) comes from openflowjava-extension-nicira, which is not
 * published on Maven Central. It is registered here the way that extension registers it: a match-field identity,
 * and a serializer under (OF1.3, {@code Nxm1Class}, identity) that writes an IPv4 OXM with the Nicira class and
 * field, reusing openflowjava's own IPv4 OXM serializer. The value rides in the basic {@code ipv4-dst} case, where
 * the extension has a case of its own with the same {@code Ipv4Address}.
 */
final class OpenflowjavaCodec {
    static final Uint8 OF13 = Uint8.valueOf(4);

    private final SerializationFactory serialization;
    private final DeserializationFactory deserialization;

    OpenflowjavaCodec() {
        final var serializers = new SerializerRegistryImpl();
        serializers.init();
        serializers.registerSerializer(new MatchEntrySerializerKey<>(OF13, Nxm1Class.VALUE, NxmNxTunIpv4Dst.VALUE),
            new NxmTunIpv4DstSerializer());
        serialization = new SerializationFactory(serializers);
        final var deserializers = new DeserializerRegistryImpl();
        deserializers.init();
        deserialization = new DeserializationFactory(deserializers);
    }

    /**
     * Encodes as openflowjava's {@code OFEncoder} does.
     */
    void encode(final DataContainer message, final ByteBuf out) {
        serialization.messageToBuffer(OF13, out, message);
    }

    /**
     * Decodes a whole frame as openflowjava's pipeline does: its version detector consumes the version byte, its
     * decoder hands the rest to the deserialization factory.
     */
    PacketInMessage decodePacketIn(final ByteBuf frame) {
        frame.skipBytes(1);
        return (PacketInMessage) deserialization.deserialize(frame, OF13);
    }

    /**
     * The tunnel FLOW_MOD of {@code CodecBenchmark}, built with openflowjava's binding builders.
     */
    static FlowModInput tunnelFlowMod(final byte[] tunDst) {
        final var tunnelId = tunnelId(CodecBenchmark.TUNNEL_ID);
        final List<Action> actions = List.of(setField(tunnelId), setField(new MatchEntryBuilder()
                .setOxmClass(Nxm1Class.VALUE).setOxmMatchField(NxmNxTunIpv4Dst.VALUE).setHasMask(false)
                .setMatchEntryValue(new Ipv4DstCaseBuilder().setIpv4Dst(new Ipv4DstBuilder()
                    .setIpv4Address(IetfInetUtil.ipv4AddressFor(tunDst)).build()).build())
                .build()),
            new ActionBuilder().setActionChoice(new OutputActionCaseBuilder().setOutputAction(new OutputActionBuilder()
                .setPort(new PortNumber(Uint32.valueOf(CodecBenchmark.OUTPUT_PORT))).setMaxLength(Uint16.ZERO)
                .build()).build()).build());
        return new FlowModInputBuilder()
            .setVersion(OF13).setXid(Uint32.valueOf(CodecBenchmark.XID))
            .setCookie(Uint64.valueOf(CodecBenchmark.COOKIE)).setCookieMask(Uint64.ZERO)
            .setTableId(new TableId(Uint32.ZERO)).setCommand(FlowModCommand.OFPFCADD)
            .setIdleTimeout(Uint16.ZERO).setHardTimeout(Uint16.ZERO)
            .setPriority(Uint16.valueOf(CodecBenchmark.PRIORITY)).setBufferId(Uint32.MAX_VALUE)
            .setOutPort(new PortNumber(Uint32.MAX_VALUE)).setOutGroup(Uint32.MAX_VALUE)
            .setFlags(new FlowModFlags(false, false, false, false, false))
            .setMatch(new MatchBuilder().setType(OxmMatchType.VALUE)
                .setMatchEntry(List.of(inPort(CodecBenchmark.IN_PORT), tunnelId)).build())
            .setInstruction(List.of(new InstructionBuilder().setInstructionChoice(new ApplyActionsCaseBuilder()
                .setApplyActions(new ApplyActionsBuilder().setAction(actions).build()).build()).build()))
            .build();
    }

    private static MatchEntry inPort(final long port) {
        return new MatchEntryBuilder().setOxmClass(OpenflowBasicClass.VALUE).setOxmMatchField(InPort.VALUE)
            .setHasMask(false).setMatchEntryValue(new InPortCaseBuilder().setInPort(new InPortBuilder()
                .setPortNumber(new PortNumber(Uint32.valueOf(port))).build()).build())
            .build();
    }

    private static MatchEntry tunnelId(final long tunnelId) {
        return new MatchEntryBuilder().setOxmClass(OpenflowBasicClass.VALUE).setOxmMatchField(TunnelId.VALUE)
            .setHasMask(false).setMatchEntryValue(new TunnelIdCaseBuilder().setTunnelId(new TunnelIdBuilder()
                .setTunnelId(Longs.toByteArray(tunnelId)).build()).build())
            .build();
    }

    private static Action setField(final MatchEntry field) {
        return new ActionBuilder().setActionChoice(new SetFieldCaseBuilder().setSetFieldAction(
            new SetFieldActionBuilder().setMatchEntry(List.of(field)).build()).build()).build();
    }

    /**
     * The identity openflowjava-extension-nicira-api generates for {@code nxm-nx-tun-ipv4-dst}.
     */
    interface NxmNxTunIpv4Dst extends MatchField {
        /** The singleton, as in generated identities. */
        NxmNxTunIpv4Dst VALUE = new NxmNxTunIpv4Dst() {
            @Override
            public Class<NxmNxTunIpv4Dst> implementedInterface() {
                return NxmNxTunIpv4Dst.class;
            }
        };

        @Override
        Class<? extends NxmNxTunIpv4Dst> implementedInterface();
    }

    /**
     * {@code NXM_NX_TUN_IPV4_DST}, {@code NXM_HEADER(0x0001, 32, 4)} in Open vSwitch's {@code meta-flow.h}: an IPv4
     * OXM with the Nicira class and field.
     */
    private static final class NxmTunIpv4DstSerializer extends OxmIpv4DstSerializer {
        @Override
        protected int getOxmClassCode() {
            return 0x0001;
        }

        @Override
        protected int getOxmFieldCode() {
            return 32;
        }
    }
}
