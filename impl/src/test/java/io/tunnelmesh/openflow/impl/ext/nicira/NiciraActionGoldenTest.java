/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCt;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Nicira action codec against bytes Open vSwitch produced: decoding a vector's bytes gives exactly its typed
 * actions, encoding them gives exactly its bytes, and Open vSwitch prints our encoding as it printed its own. No
 * codec goes without a vector: the registry's Nicira codecs are walked.
 */
@ExtendWith(NettyLeakDetection.class)
class NiciraActionGoldenTest {
    static Stream<NiciraVector> vectors() {
        return NiciraActionVectors.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesGoldenBytesToTypedActions(final NiciraVector vector) {
        assertEquals(vector.actions(), NiciraTestSupport.decode(vector.wire()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodesToGoldenBytes(final NiciraVector vector) {
        assertEquals(vector.wire().toHex(), NiciraTestSupport.encode(vector.actions()));
    }

    @Test
    void ovsPrintsOurEncodingsAsIntended() throws IOException, InterruptedException {
        final var vectors = NiciraActionVectors.all();
        final var flowMods = new LinkedHashMap<Integer, String>();
        for (int i = 0; i < vectors.size(); i++) {
            final String match = match(vectors.get(i));
            flowMods.put(i + 1, NiciraTestSupport.flowMod(i + 1, match,
                NiciraTestSupport.encode(vectors.get(i).actions())));
        }
        final var printed = NiciraTestSupport.ovsParse(flowMods);
        for (int i = 0; i < vectors.size(); i++) {
            final String text = printed.getOrDefault(i + 1, "(nothing printed)");
            final var vector = vectors.get(i);
            assertFalse(text.contains("***") || text.contains("only uses"), vector + ": " + text);
            assertTrue(text.contains("actions=" + vector.ovsText()), vector + ": " + text);
        }
    }

    @Test
    void everyNiciraCodecHasAGoldenVector() {
        final var covered = new HashSet<Class<?>>();
        NiciraActionVectors.all().forEach(vector -> addClasses(vector.actions(), covered));
        final Set<String> missing = new TreeSet<>();
        for (OfActionCodec<?> codec : NiciraTestSupport.REGISTRY.actionCodecs()) {
            if (codec.key().experimenter() == NiciraActionCodecs.NX_VENDOR_ID
                    && !covered.contains(codec.actionClass())) {
                missing.add(codec.key() + " " + codec.actionClass().getSimpleName());
            }
        }
        assertEquals(Set.of(), missing, "Nicira codecs without a golden vector");
        assertEquals(NiciraActionCodecs.all().size(), NiciraTestSupport.REGISTRY.actionCodecs().stream()
            .filter(codec -> codec.key().experimenter() == NiciraActionCodecs.NX_VENDOR_ID).count());
    }

    @Test
    void unmodelledNiciraSubtypeStaysOpaqueAndReencodesByteForByte() {
        // NXAST_SAMPLE (subtype 29, 24 bytes) as Open vSwitch lays it out: probability 100, collector set 5,
        // obs domain 6, obs point 7; nobody registered a codec for it
        final var key = OfActionKey.experimenter(NiciraActionCodecs.NX_VENDOR_ID, 29);
        assertNull(NiciraTestSupport.REGISTRY.actionCodecs().stream().filter(codec -> codec.key().equals(key))
            .findAny().orElse(null));
        final var wire = OfBytes.ofHex("ffff001800002320001d0064000000050000000600000007");
        final var actions = NiciraTestSupport.decode(wire);
        assertEquals(List.of(new OfActionExperimenter(NiciraActionCodecs.NX_VENDOR_ID,
            OfBytes.ofHex("001d0064000000050000000600000007"))), actions);
        assertEquals(wire.toHex(), NiciraTestSupport.encode(actions));
    }

    /**
     * The match Open vSwitch needs to accept the actions (it checks prerequisites while decoding), as it wrote the
     * match of the captured flow: ct_state=+trk+est,ip for resubmit(..,ct), ip or tcp for ct, nat and dec_ttl,
     * packet_type=(1,0x894f) for the NSH actions.
     */
    private static String match(final NiciraVector vector) {
        final String flow = vector.source().substring(vector.source().lastIndexOf(' ') + 1);
        if (flow.startsWith("ct_state=+trk+est,ip,")) {
            return "0001001680000a0208000001d3080000002200000022" + "0000";
        } else if (flow.startsWith("ip,")) {
            return "0001000a80000a020800000000000000";
        } else if (flow.startsWith("tcp,")) {
            return "0001000f80000a020800800014010600";
        } else if (flow.startsWith("ipv6,")) {
            return "0001000a80000a0286dd000000000000";
        } else if (flow.startsWith("packet_type=(1,0x894f),")) {
            return "0001000c800058040001894f00000000";
        }
        return "0001000400000000";
    }

    private static void addClasses(final List<OfAction> actions, final Set<Class<?>> classes) {
        for (var action : actions) {
            classes.add(action.getClass());
            if (action instanceof NxActionCt ct) {
                addClasses(ct.actions(), classes);
            }
        }
    }
}
