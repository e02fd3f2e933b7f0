/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The counters of one band of a meter (OpenFlow 1.3.5 section 7.3.5.12, {@code ofp_meter_band_stats}, 16 bytes), in
 * the order of the meter's bands.
 * <pre>
 *   | packet_band_count (64) | byte_band_count (64) |
 * </pre>
 *
 * @param packetBandCount packets the band processed, unsigned
 * @param byteBandCount bytes the band processed, unsigned
 */
public record OfMeterBandStats(long packetBandCount, long byteBandCount) {
}
