/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import java.util.List;

/**
 * One meter of an {@link OfMeterStatsReply} (OpenFlow 1.3.5 section 7.3.5.12, {@code ofp_meter_stats}): 40 bytes of
 * counters, then one {@link OfMeterBandStats} per band; {@code len} counts them all.
 * <pre>
 *   +---------------+----------+----------+-----------------+
 *   | meter_id (32) | len (16) | pad (48) | flow_count (32) |
 *   +---------------+----------+----------+-----------------+
 *   | packet_in_count (64)     | byte_in_count (64)         |
 *   +--------------------------+----------------------------+
 *   | duration_sec (32) | duration_nsec (32) | band_stats ... |
 *   +-------------------+--------------------+----------------+
 * </pre>
 *
 * @param meterId the meter
 * @param flowCount flows bound to the meter, unsigned
 * @param packetInCount packets entering the meter, unsigned
 * @param byteInCount bytes entering the meter, unsigned
 * @param durationSec seconds the meter has been installed, unsigned
 * @param durationNsec nanoseconds beyond {@code durationSec}, unsigned
 * @param bands the band counters, in band order
 */
public record OfMeterStats(int meterId, int flowCount, long packetInCount, long byteInCount, int durationSec,
        int durationNsec, List<OfMeterBandStats> bands) {
    /**
     * Copies the band counters.
     */
    public OfMeterStats {
        bands = List.copyOf(bands);
    }
}
