/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The multipart types of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.5, {@code enum ofp_multipart_type}): what a
 * request asks for and a reply answers. A type outside this list is refused with
 * {@code OFPET_BAD_REQUEST/OFPBRC_BAD_MULTIPART}, so unlike error codes there is no unknown value to keep.
 */
public enum OfMultipartType {
    /** {@code OFPMP_DESC}: switch description. */
    DESC(0),
    /** {@code OFPMP_FLOW}: individual flow statistics. */
    FLOW(1),
    /** {@code OFPMP_AGGREGATE}: aggregate flow statistics. */
    AGGREGATE(2),
    /** {@code OFPMP_TABLE}: flow table statistics. */
    TABLE(3),
    /** {@code OFPMP_PORT_STATS}: port statistics. */
    PORT_STATS(4),
    /** {@code OFPMP_QUEUE}: queue statistics. */
    QUEUE(5),
    /** {@code OFPMP_GROUP}: group counter statistics. */
    GROUP(6),
    /** {@code OFPMP_GROUP_DESC}: group descriptions. */
    GROUP_DESC(7),
    /** {@code OFPMP_GROUP_FEATURES}: group features. */
    GROUP_FEATURES(8),
    /** {@code OFPMP_METER}: meter statistics. */
    METER(9),
    /** {@code OFPMP_METER_CONFIG}: meter configurations. */
    METER_CONFIG(10),
    /** {@code OFPMP_METER_FEATURES}: meter features. */
    METER_FEATURES(11),
    /** {@code OFPMP_TABLE_FEATURES}: table features, read or set. */
    TABLE_FEATURES(12),
    /** {@code OFPMP_PORT_DESC}: port descriptions. */
    PORT_DESC(13),
    /** {@code OFPMP_EXPERIMENTER}: experimenter-defined. */
    EXPERIMENTER(0xffff);

    private static final @Nullable OfMultipartType[] STANDARD = new OfMultipartType[14];

    static {
        for (var type : values()) {
            if (type != EXPERIMENTER) {
                STANDARD[type.code] = type;
            }
        }
    }

    private final int code;

    OfMultipartType(final int code) {
        this.code = code;
    }

    /**
     * The wire code.
     *
     * @return the 16-bit {@code ofp_multipart_type}
     */
    public int code() {
        return code;
    }

    /**
     * The type of a wire code.
     *
     * @param code the 16-bit code from a multipart header
     * @return the type, or {@code null} if OpenFlow 1.3 defines none for the code
     */
    public static @Nullable OfMultipartType forCode(final int code) {
        if (code == EXPERIMENTER.code) {
            return EXPERIMENTER;
        }
        return code >= 0 && code < STANDARD.length ? STANDARD[code] : null;
    }
}
