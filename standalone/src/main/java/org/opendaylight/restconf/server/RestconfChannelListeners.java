/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package org.opendaylight.restconf.server;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.opendaylight.netconf.transport.api.TransportChannelListener;
import org.opendaylight.netconf.transport.http.HTTPTransportChannel;
import org.opendaylight.restconf.server.api.RestconfServer;
import org.opendaylight.restconf.server.spi.RestconfStream;

/**
 * The one thing TunnelMesh's standalone controller needs from inside ODL's RESTCONF server package: its transport
 * channel listener, which netconf 10.0.2 builds only inside {@link NettyEndpoint}'s constructor. With it the
 * controller wires the same server to an HTTP stack whose pipeline it can adjust (the request body limit, which
 * {@code HTTPServer} fixes at 16 KiB). Nothing else is reached into; a newer netconf that exposes the listener or the
 * limit makes this class unnecessary.
 */
@NonNullByDefault
public final class RestconfChannelListeners {
    private RestconfChannelListeners() {
        // no instances
    }

    /**
     * The listener ODL's {@link NettyEndpoint} would create for these arguments.
     *
     * @param server the RESTCONF server
     * @param streamRegistry the registry of event streams
     * @param principalService authenticates each request
     * @param configuration the endpoint's configuration (its transport part is not used here)
     * @return the listener that attaches a RESTCONF session to each established HTTP channel
     */
    public static TransportChannelListener<HTTPTransportChannel> of(final RestconfServer server,
            final RestconfStream.Registry streamRegistry, final PrincipalService principalService,
            final NettyEndpointConfiguration configuration) {
        return new RestconfTransportChannelListener(server, streamRegistry, principalService, configuration);
    }
}
