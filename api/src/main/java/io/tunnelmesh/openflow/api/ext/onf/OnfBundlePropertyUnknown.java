/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.onf;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * A bundle property of a type this library does not model (such as OpenFlow 1.5's {@code OFPBPT_TIME}), kept opaque.
 *
 * @param type the property type, 16 bits, not {@link OnfBundleProperty#EXPERIMENTER}
 * @param body the bytes after the 4-byte header, without the padding
 */
public record OnfBundlePropertyUnknown(int type, OfBytes body) implements OnfBundleProperty {
    /**
     * Checks the type and length.
     *
     * @throws IllegalArgumentException if the type does not fit, is the experimenter type, or the body is too long
     */
    public OnfBundlePropertyUnknown {
        OfUnsigned.check("bundle property type", type, 16);
        if (type == EXPERIMENTER) {
            throw new IllegalArgumentException("an experimenter property is an OnfBundlePropertyExperimenter");
        }
        if (body.length() > 0xffff - 4) {
            throw new IllegalArgumentException("bundle property of " + (4 + body.length()) + " bytes");
        }
    }
}
