/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.standalone;

import com.typesafe.config.ConfigFactory;
import io.lighty.core.controller.api.LightyController;
import io.lighty.core.controller.impl.LightyControllerBuilder;
import io.lighty.core.controller.impl.config.ConfigurationException;
import io.lighty.core.controller.impl.util.ControllerConfigUtils;
import io.tunnelmesh.tunnel.impl.OpenFlowEndpoint;
import io.tunnelmesh.tunnel.impl.OverlaySettings;
import io.tunnelmesh.tunnel.impl.TunnelMeshService;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.restconf.server.PrincipalService;
import org.opendaylight.yangtools.binding.meta.YangModuleInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's parts in start order: the ODL controller (lighty.io's assembly of MD-SAL and the distributed
 * datastore in single-node mode), the TunnelMesh service (with its OpenFlow endpoint and OVSDB manager port), then
 * RESTCONF. Stopped in reverse
 * order.
 *
 * <p>The datastore persists its journal and snapshots in the working directory (lighty.io fixes the relative path
 * {@code data}; Pekko's snapshot store is pointed at {@code snapshots}), which is why the launcher starts the JVM in
 * the data directory.
 */
final class ControllerRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ControllerRuntime.class);
    private static final long START_TIMEOUT_SECONDS = 120;

    private final LightyController controller;
    private final TunnelMeshService service;
    private final RestconfNorthbound restconf;

    private ControllerRuntime(final LightyController controller, final TunnelMeshService service,
            final RestconfNorthbound restconf) {
        this.controller = controller;
        this.service = service;
        this.restconf = restconf;
    }

    /**
     * Starts every part and returns once RESTCONF is listening.
     *
     * @param settings the settings
     * @param principals who may use RESTCONF
     * @return the running controller
     * @throws StartException if a part does not start
     */
    // The Netty endpoint reports a failed bind (port in use, bad address) as an unchecked exception
    @SuppressWarnings("checkstyle:IllegalCatch")
    static ControllerRuntime start(final StandaloneSettings settings, final PrincipalService principals)
            throws StartException {
        final LightyController controller;
        try {
            final var configuration = ControllerConfigUtils.getDefaultSingleNodeConfiguration(models());
            final var actorSystem = configuration.getActorSystemConfig();
            actorSystem.setConfig(ConfigFactory.parseString(pekkoOverrides(settings.clusterPort()))
                .withFallback(actorSystem.getConfig()));
            controller = new LightyControllerBuilder().from(configuration).build();
        } catch (ConfigurationException e) {
            throw new StartException("The controller's configuration is invalid", e);
        }
        try {
            if (!Boolean.TRUE.equals(controller.start().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS))) {
                throw new StartException("The ODL controller did not start; see the log", null);
            }
        } catch (ExecutionException | TimeoutException e) {
            controller.shutdown(5, TimeUnit.SECONDS);
            throw new StartException("The ODL controller did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            controller.shutdown(5, TimeUnit.SECONDS);
            throw new StartException("Interrupted while starting", e);
        }
        final var services = controller.getServices();
        final TunnelMeshService service;
        try {
            service = new TunnelMeshService(services.getBindingDataBroker(), services.getClusteredDOMDataBroker(),
                services.getRpcProviderService(), new OverlaySettings(settings.openflowAddress(),
                    settings.openflowPort(), settings.ovsdbManagerPort() == 0 ? Optional.empty()
                        : Optional.of(new InetSocketAddress(settings.ovsdbManagerAddress(),
                            settings.ovsdbManagerPort())), true, settings.ovsdbTls()));
        } catch (IllegalStateException e) {
            controller.shutdown(5, TimeUnit.SECONDS);
            throw new StartException(e.getMessage(), e);
        }
        final RestconfNorthbound restconf;
        try {
            restconf = new RestconfNorthbound(services, principals, settings.restconfAddress(),
                settings.restconfPort(), settings.restconfMaxBody());
        } catch (RuntimeException e) {
            service.close();
            controller.shutdown(5, TimeUnit.SECONDS);
            throw new StartException("RESTCONF could not listen on " + settings.restconfAddress() + ":"
                + settings.restconfPort(), e);
        }
        return new ControllerRuntime(controller, service, restconf);
    }

    /**
     * The single-node cluster, bound to the loopback address only; Pekko Management's HTTP server (which lighty.io
     * starts) on an ephemeral loopback port.
     */
    private static String pekkoOverrides(final int clusterPort) {
        return String.join("\n",
            "pekko.remote.artery.canonical.hostname = \"127.0.0.1\"",
            "pekko.remote.artery.canonical.port = " + clusterPort,
            "pekko.remote.artery.bind.hostname = \"127.0.0.1\"",
            "pekko.cluster.seed-nodes = [\"pekko://opendaylight-cluster-data@127.0.0.1:" + clusterPort + "\"]",
            "pekko.management.http.hostname = \"127.0.0.1\"",
            "pekko.management.http.port = 0",
            "pekko.management.http.bind-hostname = \"127.0.0.1\"",
            "pekko.management.http.bind-port = 0",
            "pekko.persistence.snapshot-store.local.dir = \"snapshots\"",
            "pekko.loglevel = \"WARNING\"");
    }

    private static Set<YangModuleInfo> models() {
        final var models = new HashSet<YangModuleInfo>(ControllerConfigUtils.YANG_MODELS);
        models.add(org.opendaylight.yang.svc.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202
            .YangModuleInfoImpl.getInstance());
        models.add(org.opendaylight.yang.svc.v1.urn.tunnelmesh.yang.allocation.rev261202
            .YangModuleInfoImpl.getInstance());
        models.add(org.opendaylight.yang.svc.v1.urn.ietf.params.xml.ns.yang.ietf.restconf.rev170126
            .YangModuleInfoImpl.getInstance());
        models.add(org.opendaylight.yang.svc.v1.urn.ietf.params.xml.ns.yang.ietf.restconf.monitoring.rev170126
            .YangModuleInfoImpl.getInstance());
        models.add(org.opendaylight.yang.svc.v1.urn.ietf.params.xml.ns.yang.ietf.subscribed.notifications.rev190909
            .YangModuleInfoImpl.getInstance());
        models.add(org.opendaylight.yang.svc.v1.urn.ietf.params.xml.ns.yang.ietf.restconf.subscribed.notifications
            .rev191117.YangModuleInfoImpl.getInstance());
        models.add(org.opendaylight.yang.svc.v1.urn.ietf.params.xml.ns.yang.ietf.yang.library.rev190104
            .YangModuleInfoImpl.getInstance());
        return models;
    }

    /**
     * The OpenFlow endpoint: connected switches and counters.
     *
     * @return the endpoint
     */
    OpenFlowEndpoint openflow() {
        return service.overlay().openflow();
    }

    /**
     * Stops RESTCONF, the service (OpenFlow and OVSDB with it) and the controller, within the given time for the
     * controller.
     *
     * @param seconds how long the controller may take to stop
     * @return true when everything stopped in time
     */
    boolean stop(final long seconds) {
        var clean = true;
        try {
            restconf.close();
        } catch (ExecutionException e) {
            LOG.warn("RESTCONF did not stop cleanly", e);
            clean = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            clean = false;
        }
        service.close();
        return controller.shutdown(seconds, TimeUnit.SECONDS) && clean;
    }

    @Override
    public void close() {
        stop(4);
    }

    /** A part of the controller did not start. */
    static final class StartException extends Exception {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        StartException(final String message, final Throwable cause) {
            super(message, cause);
        }
    }
}
