/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every experimenter message codec and every OXM field class registered in the golden test registry has at least one
 * golden vector (a match or a set-field of a flow-mod, possibly inside a bundle add), so no extension codec is left
 * without a wire vector checked against Open vSwitch.
 */
class ExtensionVectorCoverageTest {
    @Test
    void everyExperimenterCodecHasAGoldenVector() {
        final var covered = new HashSet<Class<?>>();
        V13GoldenVectorTest.vectors().forEach(vector -> messages(vector.message()).forEach(m -> covered.add(
            m.getClass())));
        final Set<String> missing = new TreeSet<>();
        V13GoldenVectorTest.REGISTRY.experimenterCodecs().stream().map(OfExperimenterMessageCodec::messageClass)
            .filter(cls -> !covered.contains(cls)).forEach(cls -> missing.add(cls.getSimpleName()));
        assertEquals(Set.of(), missing, "experimenter codecs without a golden vector");
    }

    @Test
    void everyFieldClassHasAGoldenVector() {
        final var covered = new HashSet<Class<?>>();
        // spec-only vectors (fields Open vSwitch does not implement) are golden too, checked by ModsSpecOnlyVectorTest
        Stream.concat(V13GoldenVectorTest.vectors(),
                ModsSpecOnlyVectorTest.vectors().map(ModsSpecOnlyVectorTest.SpecOnlyVector::vector))
            .flatMap(vector -> messages(vector.message()))
            .filter(OfFlowMod.class::isInstance).map(OfFlowMod.class::cast).forEach(flowMod -> {
                flowMod.match().fields().forEach(field -> covered.add(field.getClass()));
                flowMod.instructions().stream().flatMap(instruction -> switch (instruction) {
                    case OfInstructionApplyActions apply -> apply.actions().stream();
                    case OfInstructionWriteActions write -> write.actions().stream();
                    default -> Stream.<OfAction>empty();
                }).filter(OfActionSetField.class::isInstance)
                    .forEach(action -> covered.add(((OfActionSetField) action).field().getClass()));
            });
        final Set<String> missing = new TreeSet<>();
        V13GoldenVectorTest.REGISTRY.fieldCodecs().stream().map(OxmFieldCodec::fieldClass)
            .filter(cls -> !covered.contains(cls)).forEach(cls -> missing.add(cls.getSimpleName()));
        assertEquals(Set.of(), missing, "OXM field classes without a golden vector");
    }

    private static Stream<OfMessage> messages(final OfMessage message) {
        return message instanceof OnfBundleAdd add ? Stream.concat(Stream.of(message), messages(add.message()))
            : Stream.of(message);
    }
}
