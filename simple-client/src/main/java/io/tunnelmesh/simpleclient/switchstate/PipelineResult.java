/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where a packet went: the copies that left the switch, in the order the pipeline output them, and a trace of the
 * tables and actions it went through. A pipeline that fails (resubmits nested deeper than 64, an action the emulator
 * does not model) outputs nothing, as Open vSwitch drops a packet whose translation fails.
 *
 * @param input the packet as it arrived
 * @param outputs the copies that left, empty if the packet was dropped
 * @param trace one line per table visited and action executed, for people
 * @param failure why the pipeline failed, or {@code null}
 */
public record PipelineResult(Packet input, List<PacketOutput> outputs, List<String> trace, @Nullable String failure) {
    /**
     * Copies the lists.
     */
    public PipelineResult {
        outputs = List.copyOf(outputs);
        trace = List.copyOf(trace);
    }

    /**
     * Whether the packet left nowhere.
     *
     * @return whether there are no outputs
     */
    public boolean isDropped() {
        return outputs.isEmpty();
    }

    /**
     * The ports the packet left through, in output order.
     *
     * @return the port numbers
     */
    public List<Integer> ports() {
        return outputs.stream().map(PacketOutput::port).toList();
    }

    @Override
    public String toString() {
        return input + " -> " + (failure != null ? "failed: " + failure : isDropped() ? "drop" : outputs);
    }
}
