/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import java.nio.charset.StandardCharsets;

/**
 * The {@code OFPMP_DESC} reply (OpenFlow 1.3.5 section 7.3.5.1, {@code ofp_desc}, 1056 bytes): five NUL-padded
 * ASCII strings describing the switch.
 * <pre>
 *   | mfr_desc (256) | hw_desc (256) | sw_desc (256) | serial_num (32) | dp_desc (256) |
 * </pre>
 * Each string is read up to its first NUL; one filling its whole field keeps all but the last byte, as the field
 * must end with a NUL.
 *
 * @param manufacturer the manufacturer description
 * @param hardware the hardware description
 * @param software the software description
 * @param serialNumber the serial number
 * @param datapath a human-readable description of the datapath
 */
public record OfDescReply(String manufacturer, String hardware, String software, String serialNumber,
        String datapath) implements OfMultipartReplyBody {
    /** {@code DESC_STR_LEN}: the size of the description fields. */
    public static final int DESC_STR_LEN = 256;
    /** {@code SERIAL_NUM_LEN}: the size of the serial number field. */
    public static final int SERIAL_NUM_LEN = 32;

    /**
     * Checks every string fits its field with its terminating NUL.
     *
     * @throws IllegalArgumentException if one does not, or contains a NUL
     */
    public OfDescReply {
        check("mfr_desc", manufacturer, DESC_STR_LEN);
        check("hw_desc", hardware, DESC_STR_LEN);
        check("sw_desc", software, DESC_STR_LEN);
        check("serial_num", serialNumber, SERIAL_NUM_LEN);
        check("dp_desc", datapath, DESC_STR_LEN);
    }

    private static void check(final String field, final String value, final int size) {
        if (value.getBytes(StandardCharsets.UTF_8).length >= size || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " must be under " + size + " bytes without NUL: " + value);
        }
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.DESC;
    }
}
