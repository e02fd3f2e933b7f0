/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.protocol.rev130731.FlowModInput;
import org.opendaylight.yang.gen.v1.urn.opendaylight.openflow.protocol.rev130731.PacketInMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TunnelMesh's OpenFlow 1.3 codec against ODL openflowjava 0.20.1 on the messages a tunnel controller lives on:
 * <ul>
 *   <li>{@code encodeFlowMod*}: encode a prebuilt tunnel FLOW_MOD (in_port + tun_id match; apply-actions
 *       set_field tun_id, set_field tun_dst, output; 128 bytes) into a reused pooled buffer;</li>
 *   <li>{@code buildAndEncodeFlowMod*}: the same, building the message objects each time;</li>
 *   <li>{@code decodePacketIn*}: decode a 148-byte PACKET_IN (in_port + tun_id match, a 98-byte ICMP echo).</li>
 * </ul>
 * {@link #setUp()} refuses to run unless both libraries encode the FLOW_MOD to the bytes Open vSwitch itself sends
 * for it (captured with {@code ovs-ofctl -O OpenFlow13 add-flow}) and decode the PACKET_IN to the same content.
 * Run with {@code benchmarks/run codec} (adds {@code -prof gc} for bytes per operation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// leak detection samples allocations at random and wraps the sampled buffers: off, so every run measures the same.
// --sun-misc-unsafe-memory-access=allow: the JVM flag the controller runs with (./tunnelmesh jvm_flags); without it
// Netty 4.2 on Java 25 reaches direct buffers through ByteBuffer views instead of Unsafe, for both libraries alike.
@Fork(value = 1, jvmArgsAppend = { "-Dio.netty.leakDetection.level=disabled",
    "--sun-misc-unsafe-memory-access=allow" })
public class CodecBenchmark {
    static final int XID = 2;
    static final long COOKIE = 0x544d000000000001L;
    static final int PRIORITY = 100;
    static final int IN_PORT = 1;
    static final long TUNNEL_ID = 0x3e9;
    static final int OUTPUT_PORT = 10;
    /** NXM_NX_TUN_IPV4_DST 192.0.2.2. */
    static final byte[] TUN_DST = { (byte) 192, 0, 2, 2 };

    /**
     * What {@code ovs-ofctl -O OpenFlow13 add-flow table=0,priority=100,cookie=0x544d000000000001,in_port=1,
     * tun_id=0x3e9,actions=set_field:0x3e9->tun_id,set_field:192.0.2.2->tun_dst,output:10} sends.
     */
    static final String FLOW_MOD_HEX = "040e008000000002544d00000000000100000000000000000000000000000064"
        + "ffffffffffffffffffffffff0000000000010018800000040000000180004c0800000000000003e9"
        + "00040038000000000019001080004c0800000000000003e90019001000014004c000020200000000"
        + "000000100000000a0000000000000000";

    /**
     * OFPT_PACKET_IN (OF1.3) (xid=0x0): cookie=0x544d000000000001 total_len=98 tun_id=0x3e9,in_port=1 (via action)
     * data_len=98 (unbuffered), an ICMP echo request from 10.0.0.1 to 10.0.0.2 ({@code ovs-ofctl ofp-print}).
     */
    static final String PACKET_IN_HEX = "040a009400000000ffffffff00620100544d000000000001"
        + "00010018800000040000000180004c0800000000000003e90000"
        + "fa163e000002fa163e0000010800450000541c46400040010a610a0000010a000002"
        + "08002cf612340001101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f"
        + "303132333435363738393a3b3c3d3e3f4041424344454647";

    private final OfCodecRegistry registry = OpenFlowCodecs.standard();
    private final OfMessageEncoder encoder = new OfMessageEncoder(registry);
    private final OfMessageDecoder decoder = new OfMessageDecoder(registry);
    private final OpenflowjavaCodec openflowjava = new OpenflowjavaCodec();

    private OfFlowMod flowMod;
    private FlowModInput flowModInput;
    private ByteBuf out;
    private ByteBuf packetIn;

    /**
     * Builds the messages and buffers, and checks both libraries against the captured bytes.
     */
    @Setup(Level.Trial)
    public void setUp() {
        out = PooledByteBufAllocator.DEFAULT.directBuffer(256);
        final byte[] packetInBytes = HexFormat.of().parseHex(PACKET_IN_HEX);
        packetIn = PooledByteBufAllocator.DEFAULT.directBuffer(packetInBytes.length).writeBytes(packetInBytes);
        flowMod = tunnelFlowMod(TUN_DST);
        flowModInput = OpenflowjavaCodec.tunnelFlowMod(TUN_DST);

        encodeFlowModTunnelMesh();
        expectBytes("TunnelMesh encodeFlowMod");
        encodeFlowModOpenflowjava();
        expectBytes("openflowjava encodeFlowMod");
        buildAndEncodeFlowModTunnelMesh();
        expectBytes("TunnelMesh buildAndEncodeFlowMod");
        buildAndEncodeFlowModOpenflowjava();
        expectBytes("openflowjava buildAndEncodeFlowMod");
        PacketInEquivalence.check(decodePacketInTunnelMesh(), decodePacketInOpenflowjava(),
            packetInBytes.length - 50);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        out.release();
        packetIn.release();
    }

    @Benchmark
    public int encodeFlowModTunnelMesh() {
        out.clear();
        encoder.encode(flowMod, out);
        return out.writerIndex();
    }

    @Benchmark
    public int encodeFlowModOpenflowjava() {
        out.clear();
        openflowjava.encode(flowModInput, out);
        return out.writerIndex();
    }

    @Benchmark
    public int buildAndEncodeFlowModTunnelMesh() {
        out.clear();
        encoder.encode(tunnelFlowMod(TUN_DST), out);
        return out.writerIndex();
    }

    @Benchmark
    public int buildAndEncodeFlowModOpenflowjava() {
        out.clear();
        openflowjava.encode(OpenflowjavaCodec.tunnelFlowMod(TUN_DST), out);
        return out.writerIndex();
    }

    @Benchmark
    public Object decodePacketInTunnelMesh() {
        return decoder.decode(packetIn.readerIndex(0));
    }

    @Benchmark
    public PacketInMessage decodePacketInOpenflowjava() {
        return openflowjava.decodePacketIn(packetIn.readerIndex(0));
    }

    /**
     * The tunnel FLOW_MOD, built with TunnelMesh's records from the same raw values openflowjava's builders get
     * (the tunnel destination as 4 bytes, turned into an address object on both sides).
     */
    static OfFlowMod tunnelFlowMod(final byte[] tunDst) {
        return OfFlowMod.builder().xid(XID).cookie(COOKIE).priority(PRIORITY)
            .match(OfMatch.builder().inPort(IN_PORT).tunnelId(TUNNEL_ID).build())
            .applyActions(new OfActionSetField(OxmTunnelId.of(TUNNEL_ID)),
                new OfActionSetField(NxmTunIpv4Dst.of(ipv4(tunDst))),
                new OfActionOutput(OUTPUT_PORT, 0))
            .build();
    }

    private static Inet4Address ipv4(final byte[] address) {
        try {
            return (Inet4Address) InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv4 address", e);
        }
    }

    private void expectBytes(final String what) {
        final var hex = ByteBufUtil.hexDump(out);
        if (!FLOW_MOD_HEX.equals(hex)) {
            throw new IllegalStateException(what + " does not produce the bytes Open vSwitch sends:\n  expected "
                + FLOW_MOD_HEX + "\n  actual   " + hex);
        }
    }
}
