/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlIn;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlOut;
import io.tunnelmesh.openflow.api.action.OfActionPopPbb;
import io.tunnelmesh.openflow.api.action.OfActionPushPbb;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPhyPort;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpv6Exthdr;
import io.tunnelmesh.openflow.api.match.OxmPbbIsid;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMeterBandExperimenter;
import io.tunnelmesh.openflow.api.message.OfMeterBandUnknown;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMeterModCommand;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden vectors of OpenFlow 1.3.5 structures Open vSwitch 3.1 does not implement: the OXM fields
 * {@code IN_PHY_PORT}, {@code PBB_ISID} and {@code IPV6_EXTHDR}, the actions {@code COPY_TTL_OUT}, {@code COPY_TTL_IN},
 * {@code PUSH_PBB} and {@code POP_PBB}, experimenter and unknown meter bands. They are built by hand from the spec, so
 * {@code ovs-ofctl} cannot print them; instead each must make {@code ovs-ofctl ofp-print} fail with exactly the error
 * naming the unimplemented part, which shows that everything before it (header, lengths, the match or band framing)
 * is what Open vSwitch reads.
 */
@ExtendWith(NettyLeakDetection.class)
class ModsSpecOnlyVectorTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final String FLOW_MOD_FIXED = "040e0000000000020000000000000000000000000000000005000000"
        + "0000000cffffffffffffffffffffffff00000000";
    private static final Optional<Path> OVS_OFCTL = Stream.of(System.getenv().getOrDefault("PATH", "")
            .split(File.pathSeparator))
        .map(dir -> Path.of(dir, "ovs-ofctl")).filter(Files::isExecutable).findFirst();

    record SpecOnlyVector(GoldenVector vector, String ovsError) {
        @Override
        public String toString() {
            return vector.toString();
        }
    }

    static Stream<SpecOnlyVector> vectors() {
        return Stream.of(
            vector("OXM_OF_IN_PHY_PORT after OXM_OF_IN_PORT", "OFPBMC_BAD_FIELD",
                flowMod("0001001480000004000000018000020400000" + "0ff" + "00000000", ""),
                flow(OfMatch.of(OxmInPort.of(1), OxmInPhyPort.of(0xff)))),
            vector("OXM_OF_PBB_ISID masked", "OFPBMC_BAD_FIELD",
                flowMod("0001000e80004b0600000500ffff0000", ""),
                flow(OfMatch.of(OxmPbbIsid.masked(5, 0xffff)))),
            vector("OXM_OF_IPV6_EXTHDR masked", "OFPBMC_BAD_FIELD",
                flowMod("0001000c80004f0401020fff00000000", ""),
                flow(OfMatch.of(OxmIpv6Exthdr.masked(0x102, 0xfff)))),
            vector("OFPAT_COPY_TTL_OUT, OFPAT_COPY_TTL_IN", "OFPBAC_BAD_TYPE",
                flowMod("0001000400000000", "0004001800000000000b000800000000000c000800000000"),
                OfFlowMod.builder().xid(2).table(5).priority(12)
                    .applyActions(OfActionCopyTtlOut.INSTANCE, OfActionCopyTtlIn.INSTANCE).build()),
            vector("OFPAT_PUSH_PBB 0x88e7, OFPAT_POP_PBB", "OFPBAC_BAD_TYPE",
                flowMod("0001000400000000", "0004001800000000001a000888e70000001b000800000000"),
                OfFlowMod.builder().xid(2).table(5).priority(12)
                    .applyActions(OfActionPushPbb.of(OfActionPushPbb.ETH_8021AH), OfActionPopPbb.INSTANCE).build()),
            vector("OFPMBT_EXPERIMENTER band with 8 bytes of data", "OFPBRC_BAD_LEN",
                "041d0028000000020000000100000009ffff0018000003e80000000a000023200102030405060708",
                OfMeterMod.builder(9).xid(2).kbps()
                    .band(new OfMeterBandExperimenter(1000, 10, 0x2320, OfBytes.ofHex("0102030405060708"))).build()),
            vector("meter band of unknown type 7", "OFPMMFC_BAD_BAND",
                "041d0020000000020000000100000009000700100000000500000000aabbccdd",
                OfMeterMod.builder(9).xid(2).command(OfMeterModCommand.ADD).kbps()
                    .band(new OfMeterBandUnknown(7, 5, 0, OfBytes.ofHex("aabbccdd"))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodesToGoldenBytes(final SpecOnlyVector specOnly) {
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            new OfMessageEncoder(REGISTRY).encode(specOnly.vector().message(), out);
            assertEquals(specOnly.vector().wire().toHex(), ByteBufUtil.hexDump(out));
        } finally {
            out.release();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesGoldenBytes(final SpecOnlyVector specOnly) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(specOnly.vector().wire().toByteArray());
        try {
            assertEquals(specOnly.vector().message(), new OfMessageDecoder(REGISTRY).decode(in));
        } finally {
            in.release();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void ovsRefusesExactlyTheUnimplementedPart(final SpecOnlyVector specOnly) throws IOException,
            InterruptedException {
        assertTrue(OVS_OFCTL.isPresent(), "ovs-ofctl is not on PATH: install openvswitch-common");
        final var process = new ProcessBuilder(OVS_OFCTL.orElseThrow().toString(), "ofp-print",
            specOnly.vector().wire().toHex()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "ovs-ofctl did not finish");
        final var first = output.split("\n")[0];
        assertTrue(first.endsWith("(OF1.3) (xid=0x2): ***decode error: " + specOnly.ovsError() + "***"), output);
    }

    private static SpecOnlyVector vector(final String what, final String ovsError, final String hex,
            final OfMessage message) {
        return new SpecOnlyVector(GoldenVector.of("hand-built from OpenFlow 1.3.5: " + what, hex, message), ovsError);
    }

    /** A FLOW_MOD of table 5, priority 12 with the given match and instructions, its length filled in. */
    private static String flowMod(final String match, final String instructions) {
        final var body = FLOW_MOD_FIXED.substring(16) + match + instructions;
        return FLOW_MOD_FIXED.substring(0, 4) + String.format("%04x", 8 + body.length() / 2)
            + FLOW_MOD_FIXED.substring(8, 16) + body;
    }

    private static OfFlowMod flow(final OfMatch match) {
        return OfFlowMod.builder().xid(2).table(5).priority(12).match(match).build();
    }
}
