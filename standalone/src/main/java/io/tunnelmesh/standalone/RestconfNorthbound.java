/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.standalone;

import io.lighty.core.controller.api.LightyServices;
import java.util.concurrent.ExecutionException;
import org.opendaylight.netconf.transport.api.TransportChannelListener;
import org.opendaylight.netconf.transport.api.UnsupportedConfigurationException;
import org.opendaylight.netconf.transport.http.ConfigUtils;
import org.opendaylight.netconf.transport.http.HTTPServer;
import org.opendaylight.netconf.transport.http.HTTPTransportChannel;
import org.opendaylight.netconf.transport.http.HttpServerStackConfiguration;
import org.opendaylight.netconf.transport.tcp.BootstrapFactory;
import org.opendaylight.restconf.api.query.PrettyPrintParam;
import org.opendaylight.restconf.server.MessageEncoding;
import org.opendaylight.restconf.server.NettyEndpointConfiguration;
import org.opendaylight.restconf.server.PrincipalService;
import org.opendaylight.restconf.server.RestconfChannelListeners;
import org.opendaylight.restconf.server.mdsal.MdsalDatabindProvider;
import org.opendaylight.restconf.server.mdsal.MdsalRestconfServer;
import org.opendaylight.restconf.server.mdsal.MdsalRestconfStreamRegistry;
import org.opendaylight.restconf.server.spi.ErrorTagMapping;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * ODL's RESTCONF server (RFC 8040) on its Netty endpoint, serving the controller's datastore under {@code /rests}.
 * The same server classes Karaf wires through OSGi, wired here by hand.
 */
final class RestconfNorthbound implements AutoCloseable {
    /** The RESTCONF API root, as in every OpenDaylight distribution. */
    static final String API_ROOT = "rests";

    private final MdsalDatabindProvider databindProvider;
    private final MdsalRestconfServer server;
    private final MdsalRestconfStreamRegistry streamRegistry;
    private final BootstrapFactory bootstrapFactory;
    private final HTTPServer http;

    RestconfNorthbound(final LightyServices services, final PrincipalService principalService,
            final String address, final int port, final int maxBodyBytes) {
        final var dataBroker = services.getClusteredDOMDataBroker();
        databindProvider = new MdsalDatabindProvider(services.getDOMSchemaService());
        server = new MdsalRestconfServer(databindProvider, dataBroker, services.getDOMRpcService(),
            services.getDOMActionService(), services.getDOMMountPointService());
        streamRegistry = new MdsalRestconfStreamRegistry(dataBroker, services.getDOMNotificationService(),
            services.getDOMSchemaService(), restconfUri -> restconfUri.resolve("streams"), databindProvider,
            services.getClusterSingletonServiceProvider());
        bootstrapFactory = new BootstrapFactory("tunnelmesh-restconf", 0);
        final var configuration = new NettyEndpointConfiguration(ErrorTagMapping.RFC8040, PrettyPrintParam.FALSE,
            Uint16.ZERO, Uint32.valueOf(10_000), API_ROOT, MessageEncoding.JSON,
            new HttpServerStackConfiguration(ConfigUtils.serverTransportTcp(address, port)));
        // what SimpleNettyEndpoint does, with the request body limit put into each channel
        final var restconf = RestconfChannelListeners.of(server, streamRegistry, principalService, configuration);
        final var listener = new TransportChannelListener<HTTPTransportChannel>() {
            @Override
            public void onTransportChannelEstablished(final HTTPTransportChannel channel) {
                restconf.onTransportChannelEstablished(channel);
                RequestBodyLimit.install(channel.channel().pipeline(), maxBodyBytes);
            }

            @Override
            public void onTransportChannelFailed(final Throwable cause) {
                restconf.onTransportChannelFailed(cause);
            }
        };
        try {
            http = HTTPServer.listen(listener, bootstrapFactory.newServerBootstrap(),
                configuration.transportConfiguration()).get();
        } catch (UnsupportedConfigurationException | ExecutionException e) {
            bootstrapFactory.close();
            throw new IllegalStateException("could not start RESTCONF", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bootstrapFactory.close();
            throw new IllegalStateException("interrupted while starting RESTCONF", e);
        }
    }

    @Override
    public void close() throws InterruptedException, ExecutionException {
        try {
            http.shutdown().get();
        } finally {
            bootstrapFactory.close();
            streamRegistry.close();
            server.close();
            databindProvider.close();
        }
    }
}
