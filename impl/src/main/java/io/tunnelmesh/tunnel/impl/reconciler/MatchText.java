/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import java.net.InetAddress;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A match as {@code ovs-ofctl dump-flows} prints it ({@code ovs-fields(7)} names), for people reading what
 * {@code reconcile-node} changed: {@code in_port=1,dl_src=02:00:00:00:00:0a},
 * {@code metadata=0x8b1a...,dl_dst=01:00:00:00:00:00/01:00:00:00:00:00}. The fields the overlay pipeline uses are
 * named; any other field is shown as its value.
 */
public final class MatchText {
    private MatchText() {
        // Hidden on purpose
    }

    /**
     * The match's text.
     *
     * @param match the match
     * @return the text; empty for a match of everything
     */
    public static String of(final OfMatch match) {
        return match.fields().stream().map(MatchText::field).collect(Collectors.joining(","));
    }

    private static String field(final OxmField field) {
        return switch (field) {
            case OxmInPort port -> "in_port=" + Integer.toUnsignedString(port.port());
            case OxmEthSrc src -> "dl_src=" + src.value() + (src.mask() == null ? "" : "/" + src.mask());
            case OxmEthDst dst -> "dl_dst=" + dst.value() + (dst.mask() == null ? "" : "/" + dst.mask());
            case OxmMetadata metadata -> "metadata=" + hex(metadata.value(), metadata.mask());
            case OxmTunnelId tunnel -> "tun_id=" + hex(tunnel.value(), tunnel.mask());
            case NxmTunIpv4Src src -> "tun_src=" + address(src.value(), src.mask());
            case NxmTunIpv4Dst dst -> "tun_dst=" + address(dst.value(), dst.mask());
            case NxmTunIpv6Src src -> "tun_ipv6_src=" + address(src.value(), src.mask());
            case NxmTunIpv6Dst dst -> "tun_ipv6_dst=" + address(dst.value(), dst.mask());
            default -> field.toString();
        };
    }

    private static String hex(final long value, final @Nullable Long mask) {
        return "0x" + Long.toHexString(value) + (mask == null ? "" : "/0x" + Long.toHexString(mask));
    }

    private static String address(final InetAddress value, final @Nullable InetAddress mask) {
        return value.getHostAddress() + (mask == null ? "" : "/" + mask.getHostAddress());
    }
}
