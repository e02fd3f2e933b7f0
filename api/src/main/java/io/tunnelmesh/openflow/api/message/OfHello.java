/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;
import java.util.List;

/**
 * {@code OFPT_HELLO} (OpenFlow 1.3.5 section 7.5.1), the first message each side sends; the header version is the
 * highest version the sender supports and the optional elements refine it (section 6.3.1).
 * <pre>
 *   +----------------------+-----------------------------------------+
 *   | ofp_header (8 bytes) | elements, each padded to 8 bytes, 0..n  |
 *   +----------------------+-----------------------------------------+
 * </pre>
 *
 * @param version the highest version the sender supports; may be one this library does not know
 * @param xid the transaction id
 * @param elements the hello elements, in wire order
 */
public record OfHello(OfVersion version, int xid, List<OfHelloElement> elements) implements OfMessage {
    /**
     * Copies the elements.
     */
    public OfHello {
        elements = List.copyOf(elements);
    }

    /**
     * The HELLO this library sends: the highest of {@code versions} in the header and a version bitmap of all of
     * them.
     *
     * @param xid the transaction id
     * @param versions the versions to offer, at least one
     * @return the message
     */
    public static OfHello offering(final int xid, final OfVersion... versions) {
        OfVersion highest = versions[0];
        for (var version : versions) {
            highest = version.compareTo(highest) > 0 ? version : highest;
        }
        return new OfHello(highest, xid, List.of(OfHelloVersionBitmap.of(versions)));
    }
}
