/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfMeterBand;
import io.tunnelmesh.openflow.api.message.OfMeterBandDrop;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMeterModCommand;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterBandStats;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfig;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The switch's meters and the meter-mods that change them (OpenFlow 1.3.5 sections 5.7 and 7.3.4.4), answering as
 * Open vSwitch's userspace datapath does: exactly one of {@code OFPMF_KBPS} and {@code OFPMF_PKTPS}
 * ({@code OFPMMFC_BAD_FLAGS}), only drop bands ({@code OFPMMFC_BAD_BAND}), at least one ({@code OFPMMFC_OUT_OF_BANDS}),
 * rates above 0 ({@code OFPMMFC_BAD_RATE}), meter numbers 1 to {@code OFPM_MAX} and the virtual slow-path and
 * controller meters ({@code OFPMMFC_INVALID_METER}). Deleting a meter deletes the flows that use it. Rates are not
 * enforced: a meter counts what passes through it.
 */
final class MeterTable {
    private static final int KNOWN_FLAGS = OfMeterMod.KBPS | OfMeterMod.PKTPS | OfMeterMod.BURST | OfMeterMod.STATS;

    private final Map<Integer, Meter> meters = new TreeMap<>(Integer::compareUnsigned);

    boolean contains(final int meterId) {
        return meters.containsKey(meterId);
    }

    /**
     * Counts a packet through a meter.
     */
    void count(final int meterId, final Packet packet) {
        final Meter meter = meters.get(meterId);
        if (meter != null) {
            meter.packetInCount++;
            meter.byteInCount += packet.length();
        }
    }

    /**
     * Applies a meter-mod.
     *
     * @param mod the meter-mod
     * @param flows the flow tables, whose flows using a deleted meter go with it
     * @param now the time
     * @return the flow-removed messages of deleted flows that asked for them (reason delete)
     * @throws RequestRefusedException with the code Open vSwitch answers; then nothing changed
     */
    List<OfFlowRemoved> apply(final OfMeterMod mod, final FlowTables flows, final Instant now)
            throws RequestRefusedException {
        final int meterId = mod.meterId();
        if (mod.command().equals(OfMeterModCommand.DELETE)) {
            final List<Integer> deleted = meterId == OfMeterMod.ALL ? new ArrayList<>(meters.keySet())
                : meters.containsKey(meterId) ? List.of(meterId) : List.of();
            deleted.forEach(meters::remove);
            return flows.removeWhere(entry -> deleted.contains(entry.checkedInstructions().meterId()),
                FlowRemovedReason.DELETE, now);
        }
        if (!mod.command().isKnown()) {
            throw new RequestRefusedException(OfErrorCode.OFPMMFC_BAD_COMMAND, mod.command().toString());
        }
        check(mod);
        if (mod.command().equals(OfMeterModCommand.ADD)) {
            if (meters.containsKey(meterId)) {
                throw new RequestRefusedException(OfErrorCode.OFPMMFC_METER_EXISTS, "meter "
                    + Integer.toUnsignedString(meterId));
            }
            meters.put(meterId, new Meter(meterId, mod.flags(), mod.bands(), now));
            return List.of();
        }
        final Meter old = meters.get(meterId);
        if (old == null) {
            throw new RequestRefusedException(OfErrorCode.OFPMMFC_UNKNOWN_METER, "meter "
                + Integer.toUnsignedString(meterId));
        }
        final var meter = new Meter(meterId, mod.flags(), mod.bands(), old.installed);
        meter.packetInCount = old.packetInCount;
        meter.byteInCount = old.byteInCount;
        meters.put(meterId, meter);
        return List.of();
    }

    private static void check(final OfMeterMod mod) throws RequestRefusedException {
        final int meterId = mod.meterId();
        if (meterId == 0 || Integer.compareUnsigned(meterId, OfMeterMod.MAX) > 0
                && meterId != OfMeterMod.SLOWPATH && meterId != OfMeterMod.CONTROLLER) {
            throw new RequestRefusedException(OfErrorCode.OFPMMFC_INVALID_METER, "meter "
                + Integer.toUnsignedString(meterId));
        }
        final int unit = mod.flags() & (OfMeterMod.KBPS | OfMeterMod.PKTPS);
        if ((mod.flags() & ~KNOWN_FLAGS) != 0 || unit != OfMeterMod.KBPS && unit != OfMeterMod.PKTPS) {
            throw new RequestRefusedException(OfErrorCode.OFPMMFC_BAD_FLAGS, "flags 0x"
                + Integer.toHexString(mod.flags()));
        }
        if (mod.bands().isEmpty()) {
            throw new RequestRefusedException(OfErrorCode.OFPMMFC_OUT_OF_BANDS, "a meter needs a band");
        }
        for (OfMeterBand band : mod.bands()) {
            if (!(band instanceof OfMeterBandDrop)) {
                throw new RequestRefusedException(OfErrorCode.OFPMMFC_BAD_BAND, "only drop bands: " + band);
            }
            if (band.rate() == 0) {
                throw new RequestRefusedException(OfErrorCode.OFPMMFC_BAD_RATE, "rate 0");
            }
        }
    }

    /**
     * The meters' configurations.
     *
     * @param meterId a meter, or {@code OFPM_ALL}
     * @return the configurations, by meter number
     */
    List<OfMeterConfig> configs(final int meterId) {
        return select(meterId).stream().map(Meter::config).toList();
    }

    /**
     * The meters' statistics.
     *
     * @param meterId a meter, or {@code OFPM_ALL}
     * @param flows the flow tables, to count the flows using each meter
     * @param now the time
     * @return the statistics, by meter number
     */
    List<OfMeterStats> stats(final int meterId, final FlowTables flows, final Instant now) {
        return select(meterId).stream().map(meter -> meter.stats((int) flows.entries()
            .filter(entry -> entry.checkedInstructions().meterId() == meter.meterId).count(), now)).toList();
    }

    private Collection<Meter> select(final int meterId) {
        if (meterId == OfMeterMod.ALL) {
            return Collections.unmodifiableCollection(meters.values());
        }
        final @Nullable Meter meter = meters.get(meterId);
        return meter == null ? List.of() : List.of(meter);
    }

    private static final class Meter {
        private final int meterId;
        private final int flags;
        private final List<OfMeterBand> bands;
        private final Instant installed;
        private long packetInCount;
        private long byteInCount;

        Meter(final int meterId, final int flags, final List<OfMeterBand> bands, final Instant installed) {
            this.meterId = meterId;
            this.flags = flags;
            this.bands = List.copyOf(bands);
            this.installed = installed;
        }

        OfMeterConfig config() {
            return new OfMeterConfig(flags, meterId, bands);
        }

        OfMeterStats stats(final int flowCount, final Instant now) {
            final Duration alive = Duration.between(installed, now);
            return new OfMeterStats(meterId, flowCount, packetInCount, byteInCount,
                (int) Math.max(0, alive.getSeconds()), alive.isNegative() ? 0 : alive.getNano(),
                bands.stream().map(band -> new OfMeterBandStats(0, 0)).toList());
        }
    }
}
