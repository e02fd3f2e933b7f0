/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.openflow.api.message.OfMeterBandDrop;
import io.tunnelmesh.openflow.api.message.OfMeterBandDscpRemark;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartType;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeatureProperty;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesRequest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No multipart body goes without a golden vector: every request and reply body record (OpenFlow 1.3.5 section
 * 7.3.5), every table feature property record and the standard meter bands appear in a vector that Open vSwitch
 * produced or printed. The golden vector test then checks each decodes and re-encodes byte for byte.
 */
class MultipartVectorCoverageTest {
    @Test
    void everyRequestAndReplyBodyHasAGoldenVector() {
        final var covered = new HashSet<Class<?>>();
        V13GoldenVectorTest.vectors().forEach(vector -> {
            switch (vector.message()) {
                case OfMultipartRequest request -> covered.add(request.body().getClass());
                case OfMultipartReply reply -> covered.add(reply.body().getClass());
                default -> {
                    // Not a multipart message
                }
            }
        });
        assertEquals(Set.of(), missing(Stream.concat(records(OfMultipartRequestBody.class),
            records(OfMultipartReplyBody.class)), covered));
    }

    @Test
    void everyTableFeaturePropertyAndStandardMeterBandHasAGoldenVector() {
        final var covered = new HashSet<Class<?>>();
        V13GoldenVectorTest.vectors().map(GoldenVector::message).forEach(message -> {
            if (message instanceof OfMultipartReply reply && reply.body() instanceof OfTableFeaturesReply body) {
                body.tables().forEach(table -> table.properties().forEach(p -> covered.add(p.getClass())));
            }
            if (message instanceof OfMultipartRequest request
                    && request.body() instanceof OfTableFeaturesRequest body) {
                body.tables().forEach(table -> table.properties().forEach(p -> covered.add(p.getClass())));
            }
            if (message instanceof OfMultipartReply reply && reply.body() instanceof OfMeterConfigReply body) {
                body.meters().forEach(meter -> meter.bands().forEach(band -> covered.add(band.getClass())));
            }
        });
        assertEquals(Set.of(), missing(Stream.concat(records(OfTableFeatureProperty.class),
            Stream.of(OfMeterBandDrop.class, OfMeterBandDscpRemark.class)), covered));
    }

    @Test
    void everyMultipartTypeCodeMapsBackToItsType() {
        for (var type : OfMultipartType.values()) {
            assertEquals(type, OfMultipartType.forCode(type.code()));
        }
        assertEquals(null, OfMultipartType.forCode(14));
        assertEquals(null, OfMultipartType.forCode(0xfffe));
    }

    private static Stream<Class<?>> records(final Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).filter(Class::isRecord);
    }

    private static Set<String> missing(final Stream<Class<?>> classes, final Set<Class<?>> covered) {
        final var missing = new TreeSet<String>();
        classes.filter(cls -> !covered.contains(cls)).forEach(cls -> missing.add(cls.getName()));
        return missing;
    }
}
