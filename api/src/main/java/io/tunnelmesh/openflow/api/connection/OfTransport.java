/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

/**
 * How OpenFlow messages travel (OpenFlow 1.3.5 section 6.3.3).
 */
public enum OfTransport {
    /** Plain TCP, the usual port 6653. */
    TCP,
    /** TLS over TCP, with certificates on both sides when mutual authentication is required. */
    TLS,
    /** UDP as openflowjava offers it: one datagram carries one message, one connection per remote address. */
    UDP
}
