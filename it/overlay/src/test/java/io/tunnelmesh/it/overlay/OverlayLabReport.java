/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import java.io.IOException;

/**
 * What the lab's switches hold, for the message of a failed assertion: per host, the {@code br-int} flows, the
 * datapath flows, the tunnel neighbours and the routes {@code ovs-vswitchd} learnt.
 */
public final class OverlayLabReport {
    private OverlayLabReport() {
        // static
    }

    /**
     * Describes both hosts of a lab.
     *
     * @param lab the lab
     * @return a multi-line report; a command that fails reports its error in place
     */
    public static String describe(final OverlayLab lab) {
        final var report = new StringBuilder("overlay lab ").append(lab.prefix()).append(" (files in ")
            .append(lab.directory()).append(")\n");
        for (var host : LabHost.values()) {
            report.append("== host ").append(host).append(" (netns ").append(lab.namespace(host)).append(")\n");
            section(report, "br-int flows", () -> lab.dumpFlows(host, OverlayLab.INTEGRATION_BRIDGE));
            section(report, "datapath flows", () -> lab.appctl(host, "dpctl/dump-flows"));
            section(report, "tunnel neighbours", () -> lab.appctl(host, "tnl/neigh/show"));
            section(report, "routes", () -> lab.appctl(host, "ovs/route/show"));
        }
        return report.toString();
    }

    @FunctionalInterface
    private interface Source {
        String read() throws IOException;
    }

    private static void section(final StringBuilder report, final String title, final Source source) {
        report.append("-- ").append(title).append('\n');
        try {
            report.append(source.read());
        } catch (IOException e) {
            report.append("(").append(e.getMessage()).append(")\n");
        }
    }
}
