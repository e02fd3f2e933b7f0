/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.onf;

/**
 * One property of a bundle message (OpenFlow 1.4.1 section 7.3.9.1, {@code ofp_bundle_prop_header}): a TLV padded to
 * a multiple of 8 bytes, whose length excludes the padding. OpenFlow 1.4 defines only the experimenter property;
 * any other type is kept opaque.
 * <pre>
 *   | type 16 | length 16 | body (length - 4) | pad to 8 |
 * </pre>
 */
public sealed interface OnfBundleProperty permits OnfBundlePropertyExperimenter, OnfBundlePropertyUnknown {
    /** {@code OFPBPT_EXPERIMENTER}. */
    int EXPERIMENTER = 0xffff;
}
