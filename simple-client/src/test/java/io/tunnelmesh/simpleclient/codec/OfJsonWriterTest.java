/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.io.IOException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Representative messages captured from Open vSwitch 3.1, decoded to JSON: every expected value is written by hand
 * from what {@code ovs-ofctl ofp-print HEX} prints for the same bytes (quoted above each test).
 */
@ExtendWith(NettyLeakDetection.class)
class OfJsonWriterTest {
    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();

    private final OfLineCodec decoder = new OfLineCodec(OpenFlowCodecs.standard());
    private final OfJsonWriter writer = new OfJsonWriter(OpenFlowCodecs.standard());

    /**
     * {@code OFPT_FLOW_MOD (OF1.3) (xid=0x2): ADD priority=100,tun_id=0x3e9,in_port=1 cookie:0x544d000000000001
     * actions=set_field:0x3e9->tun_id,set_field:192.0.2.2->tun_dst,output:10}.
     */
    @Test
    void flowModWithTunnelFields() throws IOException {
        final var json = decode(""
            + "040e008000000002544d00000000000100000000000000000000000000000064ffffffffffffffffffffffff000000000001"
            + "0018800000040000000180004c0800000000000003e900040038000000000019001080004c0800000000000003e900190010"
            + "00014004c000020200000000000000100000000a0000000000000000");
        assertHeader(json, "1.3", "OFPT_FLOW_MOD", 2);
        assertEquals(new BigInteger("544d000000000001", 16), json.get("cookie").bigIntegerValue());
        assertEquals("OFPFC_ADD", json.get("command").asText());
        assertEquals(100, json.get("priority").asInt());
        assertEquals(0, json.get("table_id").asInt());
        assertEquals(JSON.readTree("{\"in_port\":1,\"tun_id\":1001}"), json.get("match"));
        final var instruction = json.get("instructions").get(0);
        assertEquals("OFPIT_APPLY_ACTIONS", instruction.get("type").asText());
        assertEquals(JSON.readTree("""
            [{"type":"OFPAT_SET_FIELD","field":{"tun_id":1001}},
             {"type":"OFPAT_SET_FIELD","field":{"tun_dst":"192.0.2.2"}},
             {"type":"OFPAT_OUTPUT","port":10,"max_len":0}]"""), instruction.get("actions"));
    }

    /**
     * {@code OFPT_FLOW_MOD (OF1.3) (xid=0x2): ADD tun_id=0x5,tun_src=192.0.2.1,tun_dst=192.0.2.0/24 actions=drop}.
     */
    @Test
    void maskedNiciraTunnelField() throws IOException {
        final var json = decode(""
            + "040e005800000002000000000000000000000000000000000000000000008000ffffffffffffffffffffffff000000000001"
            + "002480004c08000000000000000500013e04c000020100014108c0000200ffffff0000000000");
        assertEquals(JSON.readTree("""
            {"tun_id":5,"tun_src":"192.0.2.1","tun_dst":{"value":"192.0.2.0","mask":"255.255.255.0"}}"""),
            json.get("match"));
        assertEquals(0, json.get("instructions").size());
    }

    /**
     * {@code OFPT_PACKET_IN (OF1.3) (xid=0x0): cookie=0x544d000000000001 total_len=42 in_port=1 (via no_match)
     * data_len=42 (unbuffered)}, then the ARP request from fa:16:3e:00:00:01 to ff:ff:ff:ff:ff:ff.
     */
    @Test
    void packetIn() throws IOException {
        final var json = decode(""
            + "040a005400000000ffffffff002a0000544d0000000000010001000c8000000400000001000000000000fffffffffffffa16"
            + "3e00000108060001080006040001fa163e000001c0000201000000000000c0000202");
        assertHeader(json, "1.3", "OFPT_PACKET_IN", 0);
        assertEquals(new BigInteger("544d000000000001", 16), json.get("cookie").bigIntegerValue());
        assertEquals(42, json.get("total_len").asInt());
        assertEquals("OFPR_NO_MATCH", json.get("reason").asText());
        assertEquals(0xffffffffL, json.get("buffer_id").asLong());
        assertEquals(JSON.readTree("{\"in_port\":1}"), json.get("match"));
        assertEquals("ffffffffffff" + "fa163e000001" + "0806", json.get("data").asText().substring(0, 28));
        assertEquals(42, OfBytes.ofHex(json.get("data").asText()).length());
    }

    /**
     * {@code OFPST_FLOW reply (OF1.3) (xid=0x11): flags=[more]}
     * <br>{@code cookie=0x544d000000000001, duration=12.500s, table=0, n_packets=42, n_bytes=4200, send_flow_rem
     * priority=100,in_port=1,dl_src=fa:16:3e:00:00:01 actions=write_metadata:0x1012/0xffffffff,goto_table:10}
     * <br>{@code cookie=0x544d000000000002, duration=12.400s, table=10, n_packets=7, n_bytes=686, idle_timeout=300,
     * priority=200,metadata=0x1012,dl_dst=fa:16:3e:00:00:02 actions=output:2}.
     */
    @Test
    void flowStatsReply() throws IOException {
        final var json = decode(""
            + "041300e0000000110001000100000000006800000000000c1dcd6500006400000000000100000000544d0000000000010000"
            + "00000000002a000000000000106800010016800000040000000180000806fa163e0000010000000200180000000000000000"
            + "0000101200000000ffffffff000100080a00000000680a000000000c17d7840000c8012c0000000000000000544d00000000"
            + "0002000000000000000700000000000002ae0001001a80000408000000000000101280000606fa163e000002000000000000"
            + "00040018000000000000001000000002ffe5000000000000");
        assertHeader(json, "1.3", "OFPT_MULTIPART_REPLY", 0x11);
        assertEquals("OFPMP_FLOW", json.get("multipart_type").asText());
        assertEquals(1, json.get("flags").asInt());
        final var flows = json.get("body").get("flows");
        assertEquals(2, flows.size());
        final var first = flows.get(0);
        assertEquals(new BigInteger("544d000000000001", 16), first.get("cookie").bigIntegerValue());
        assertEquals(12, first.get("duration_sec").asInt());
        assertEquals(500_000_000, first.get("duration_nsec").asInt());
        assertEquals(0, first.get("table_id").asInt());
        assertEquals(42, first.get("packet_count").asInt());
        assertEquals(4200, first.get("byte_count").asInt());
        assertEquals(1, first.get("flags").asInt());
        assertEquals(100, first.get("priority").asInt());
        assertEquals(JSON.readTree("{\"in_port\":1,\"eth_src\":\"fa:16:3e:00:00:01\"}"), first.get("match"));
        assertEquals(JSON.readTree("""
            [{"type":"OFPIT_WRITE_METADATA","metadata":4114,"metadata_mask":4294967295},
             {"type":"OFPIT_GOTO_TABLE","table_id":10}]"""), first.get("instructions"));
        final var second = flows.get(1);
        assertEquals(400_000_000, second.get("duration_nsec").asInt());
        assertEquals(10, second.get("table_id").asInt());
        assertEquals(7, second.get("packet_count").asInt());
        assertEquals(686, second.get("byte_count").asInt());
        assertEquals(300, second.get("idle_timeout").asInt());
        assertEquals(200, second.get("priority").asInt());
        assertEquals(JSON.readTree("{\"metadata\":4114,\"eth_dst\":\"fa:16:3e:00:00:02\"}"), second.get("match"));
        assertEquals("OFPAT_OUTPUT", second.get("instructions").get(0).get("actions").get(0).get("type").asText());
        assertEquals(2, second.get("instructions").get(0).get("actions").get(0).get("port").asInt());
    }

    /** {@code OFPT_FLOW_MOD (OF1.3) (xid=0x2): ADD table:4 ip,nw_tos=184 actions=resubmit(,5)}. */
    @Test
    void niciraResubmit() throws IOException {
        final var json = decode(""
            + "040e005800000002000000000000000000000000000000000400000000008000ffffffffffffffffffffffff000000000001"
            + "000f80000a020800800010012e000004001800000000ffff001000002320000efff805000000");
        assertEquals(4, json.get("table_id").asInt());
        // nw_tos 184 is DSCP 46
        assertEquals(JSON.readTree("{\"eth_type\":2048,\"ip_dscp\":46}"), json.get("match"));
        // resubmit(,5): in_port is OFPP_IN_PORT (0xfff8), meaning "the packet's own"
        assertEquals(JSON.readTree("[{\"type\":\"NXAST_RESUBMIT_TABLE\",\"in_port\":65528,\"table\":5}]"),
            json.get("instructions").get(0).get("actions"));
    }

    /**
     * {@code ONFT_BUNDLE_ADD_MESSAGE (OF1.3) (xid=0x2): bundle_id=0 flags=atomic ordered}
     * <br>{@code OFPT_FLOW_MOD (OF1.3) (xid=0x2): ADD in_port=1 actions=output:2}.
     */
    @Test
    void onfBundleAdd() throws IOException {
        final var json = decode(""
            + "04040070000000024f4e4600000008fd0000000000000003040e005800000002000000000000000000000000000000000000"
            + "000000008000ffffffffffffffffffffffff000000000001000c800000040000000100000000000400180000000000000010"
            + "000000020000000000000000");
        assertHeader(json, "1.3", "ONFT_BUNDLE_ADD_MESSAGE", 2);
        assertEquals(0x4f4e4600L, json.get("experimenter").asLong());
        assertEquals(2301, json.get("exp_type").asInt());
        assertEquals(0, json.get("bundle_id").asInt());
        // atomic (1) and ordered (2)
        assertEquals(3, json.get("flags").asInt());
        final var inner = json.get("message");
        assertHeader(inner, "1.3", "OFPT_FLOW_MOD", 2);
        assertEquals("OFPFC_ADD", inner.get("command").asText());
        assertEquals(JSON.readTree("{\"in_port\":1}"), inner.get("match"));
        assertEquals(JSON.readTree("[{\"type\":\"OFPAT_OUTPUT\",\"port\":2,\"max_len\":0}]"),
            inner.get("instructions").get(0).get("actions"));
    }

    /**
     * {@code OFPT_FLOW_MOD (xid=0x2): ADD priority=100,tcp,in_port=1,dl_vlan=100,dl_vlan_pcp=5,
     * dl_src=00:11:22:33:44:55,dl_dst=66:77:88:99:aa:bb,nw_src=10.1.2.0/24,nw_dst=192.168.0.1,nw_tos=40,
     * tp_src=1234,tp_dst=80 cookie:0x1234567890abcdef idle:30 hard:300 actions=mod_vlan_vid:200,mod_vlan_pcp:3,
     * mod_dl_src:00:00:00:00:00:01,mod_dl_dst:00:00:00:00:00:02,mod_nw_src:1.2.3.4,mod_nw_dst:5.6.7.8,
     * mod_nw_tos:16,mod_tp_src:4321,mod_tp_dst:8080,enqueue:2:7,output:3,strip_vlan,CONTROLLER:65535}.
     */
    @Test
    void openFlow10FlowMod() throws IOException {
        final var json = decode(""
            + "010e00c80000000200000800000100112233445566778899aabb006405000800280600000a010200c0a8000104d200501234"
            + "567890abcdef0000001e012c0064ffffffffffff00000001000800c800000002000803000000000400100000000000010000"
            + "00000000000500100000000000020000000000000006000801020304000700080506070800080008100000000009000810e1"
            + "0000000a00081f900000000b00100002000000000000000000070000000800030000000300080000000000000008fffdffff");
        assertHeader(json, "1.0", "OFPT_FLOW_MOD", 2);
        final var match = json.get("match");
        assertEquals(1, match.get("in_port").asInt());
        assertEquals(100, match.get("dl_vlan").asInt());
        assertEquals(5, match.get("dl_vlan_pcp").asInt());
        assertEquals("00:11:22:33:44:55", match.get("dl_src").asText());
        assertEquals("66:77:88:99:aa:bb", match.get("dl_dst").asText());
        assertEquals(0x0800, match.get("dl_type").asInt());
        assertEquals(6, match.get("nw_proto").asInt());
        assertEquals("10.1.2.0", match.get("nw_src").asText());
        assertEquals("192.168.0.1", match.get("nw_dst").asText());
        assertEquals(40, match.get("nw_tos").asInt());
        assertEquals(1234, match.get("tp_src").asInt());
        assertEquals(80, match.get("tp_dst").asInt());
        assertEquals(0x1234567890abcdefL, json.get("cookie").asLong());
        assertEquals(30, json.get("idle_timeout").asInt());
        assertEquals(300, json.get("hard_timeout").asInt());
        assertEquals(100, json.get("priority").asInt());
        assertEquals("OFPFC_ADD", json.get("command").asText());
        assertEquals(JSON.readTree("""
            [{"type":"OFPAT_SET_VLAN_VID","vlan_vid":200},
             {"type":"OFPAT_SET_VLAN_PCP","vlan_pcp":3},
             {"type":"OFPAT_SET_DL_SRC","dl_addr":"00:00:00:00:00:01"},
             {"type":"OFPAT_SET_DL_DST","dl_addr":"00:00:00:00:00:02"},
             {"type":"OFPAT_SET_NW_SRC","nw_addr":"1.2.3.4"},
             {"type":"OFPAT_SET_NW_DST","nw_addr":"5.6.7.8"},
             {"type":"OFPAT_SET_NW_TOS","nw_tos":16},
             {"type":"OFPAT_SET_TP_SRC","tp_port":4321},
             {"type":"OFPAT_SET_TP_DST","tp_port":8080},
             {"type":"OFPAT_ENQUEUE","port":2,"queue_id":7},
             {"type":"OFPAT_OUTPUT","port":3,"max_len":0},
             {"type":"OFPAT_STRIP_VLAN"},
             {"type":"OFPAT_OUTPUT","port":65533,"max_len":65535}]"""), json.get("actions"));
    }

    /** {@code OFPT_ERROR (OF1.3) (xid=0x9): OFPBRC_BAD_TYPE}, the offending bytes {@code 04 ee 00 08 00 00 00 09}. */
    @Test
    void error() throws IOException {
        final var json = decode("04010014000000090001000104ee000800000009");
        assertEquals(JSON.readTree("""
            {"version":"1.3","type":"OFPT_ERROR","xid":9,"err_type":"OFPET_BAD_REQUEST","code":"OFPBRC_BAD_TYPE",
             "data":"04ee000800000009"}"""), json);
    }

    /**
     * A match with {@code OXM_OF_TUNNEL_ID} and {@code NXM_NX_TUN_ID}, both {@code tun_id} to Open vSwitch, and
     * {@code in_port} twice (the codecs decode it; a switch answers {@code OFPBMC_DUP_FIELD}): every field is kept,
     * under a key of its own.
     */
    @Test
    void repeatedFieldNamesKeepEveryField() throws IOException {
        final var json = decode("040e0060000000070000000000000000000000000000000000000000000080"
            + "00ffffffffffffffffffffffff00000000" + "0001002c"
            + "80004c080000000000000005" + "000120080000000000000006" + "8000000400000001" + "8000000400000002"
            + "00000000");
        assertEquals(JSON.readTree("{\"tun_id\":5,\"tun_id#2\":6,\"in_port\":1,\"in_port#2\":2}"),
            json.get("match"));
    }

    private JsonNode decode(final String hex) throws IOException {
        final var buffer = Unpooled.buffer();
        final String text;
        try {
            text = writer.toJson(decoder.decode(OfBytes.ofHex(hex), buffer));
        } finally {
            buffer.release();
        }
        assertEquals(-1, text.indexOf('\n'), text);
        return JSON.readTree(text);
    }

    static void assertHeader(final JsonNode json, final String version, final String type, final long xid) {
        assertEquals(version, json.get("version").asText(), json::toString);
        assertEquals(type, json.get("type").asText(), json::toString);
        assertEquals(xid, json.get("xid").asLong(), json::toString);
    }
}
