/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl;

import com.google.common.net.InetAddresses;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTlsFiles;
import io.tunnelmesh.tunnel.impl.intent.IntentCommitCohort;
import io.tunnelmesh.tunnel.impl.intent.IntentReader;
import io.tunnelmesh.tunnel.impl.segment.SegmentAllocator;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.RpcProviderService;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataBroker.CommitCohortExtension;
import org.opendaylight.mdsal.dom.api.DOMDataBroker.DataTreeChangeExtension;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.allocation.rev261202.SegmentAllocations;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TunnelMesh service: registers the intent validator as a commit cohort on the configuration tree, runs the
 * segment allocator, and the overlay ({@link OverlayService}: nodes, flows, operational state, the
 * {@code reconcile-node} RPC). Usable as an OSGi component (Karaf, configured through the PID
 * {@code io.tunnelmesh.tunnel.impl.TunnelMeshService}) and as a plain object (standalone controller).
 */
@Component(service = TunnelMeshService.class, immediate = true)
public final class TunnelMeshService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TunnelMeshService.class);
    private static final DOMDataTreeIdentifier CONFIG_ROOT =
        DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, IntentReader.PATH);
    private static final DOMDataTreeIdentifier ALLOCATIONS = DOMDataTreeIdentifier.of(
        LogicalDatastoreType.CONFIGURATION, YangInstanceIdentifier.of(SegmentAllocations.QNAME));

    private final Registration cohortRegistration;
    private final OverlayService overlay;
    private final Registration rpcRegistration;
    private final SegmentAllocator allocator;
    private final Registration allocatorRegistration;
    private final Registration allocationsRegistration;

    /**
     * The OSGi configuration (component property type): where the overlay listens.
     */
    public @interface Configuration {
        /**
         * The address the OpenFlow endpoint listens on.
         *
         * @return an address literal
         */
        String openflowAddress() default "0.0.0.0";

        /**
         * The OpenFlow port.
         *
         * @return the port
         */
        int openflowPort() default OverlaySettings.OPENFLOW_PORT;

        /**
         * The address the OVSDB manager port listens on.
         *
         * @return an address literal
         */
        String ovsdbManagerAddress() default "0.0.0.0";

        /**
         * The OVSDB manager port; 0 turns it off.
         *
         * @return the port
         */
        int ovsdbManagerPort() default OverlaySettings.OVSDB_PORT;

        /**
         * Whether flow changes go in ONF bundles.
         *
         * @return true to use bundles where switches accept them
         */
        boolean bundles() default true;

        /**
         * The controller's OVSDB TLS private key (PEM, PKCS#8); with the certificate and the CA certificate it lets
         * TunnelMesh dial {@code ssl:} nodes and makes the manager port speak TLS. Empty: no OVSDB TLS.
         *
         * @return a path, or empty
         */
        String ovsdbTlsPrivateKey() default "";

        /**
         * The controller's OVSDB TLS certificate (PEM).
         *
         * @return a path, or empty
         */
        String ovsdbTlsCertificate() default "";

        /**
         * The CA certificate (PEM) the nodes' OVSDB certificates are checked against.
         *
         * @return a path, or empty
         */
        String ovsdbTlsCaCertificate() default "";
    }

    /**
     * Starts the service in Karaf.
     *
     * @param dataBroker the binding data broker, for writing allocations and state
     * @param domDataBroker the DOM data broker, for the commit cohort and the listener
     * @param rpcProvider where the {@code reconcile-node} RPC is registered
     * @param configuration where the overlay listens
     * @throws IllegalStateException if the data broker cannot run commit cohorts or change listeners, or a port cannot
     *     listen
     */
    @Activate
    public TunnelMeshService(@Reference final DataBroker dataBroker, @Reference final DOMDataBroker domDataBroker,
            @Reference final RpcProviderService rpcProvider, final Configuration configuration) {
        this(dataBroker, domDataBroker, rpcProvider, new OverlaySettings(
            InetAddresses.forString(configuration.openflowAddress()), configuration.openflowPort(),
            configuration.ovsdbManagerPort() == 0 ? Optional.empty() : Optional.of(new InetSocketAddress(
                InetAddresses.forString(configuration.ovsdbManagerAddress()), configuration.ovsdbManagerPort())),
            configuration.bundles(), OvsdbTlsFiles.of(configuration.ovsdbTlsPrivateKey(),
                configuration.ovsdbTlsCertificate(), configuration.ovsdbTlsCaCertificate())));
    }

    /**
     * Starts the service.
     *
     * @param dataBroker the binding data broker, for writing allocations and state
     * @param domDataBroker the DOM data broker, for the commit cohort and the listener
     * @param rpcProvider where the {@code reconcile-node} RPC is registered
     * @param settings where the overlay listens
     * @throws IllegalStateException if the data broker cannot run commit cohorts or change listeners, or a port cannot
     *     listen
     */
    public TunnelMeshService(final DataBroker dataBroker, final DOMDataBroker domDataBroker,
            final RpcProviderService rpcProvider, final OverlaySettings settings) {
        final var cohorts = domDataBroker.extension(CommitCohortExtension.class);
        if (cohorts == null) {
            throw new IllegalStateException("The data broker " + domDataBroker
                + " does not support commit cohorts; TunnelMesh cannot validate intent without them");
        }
        final var listeners = domDataBroker.extension(DataTreeChangeExtension.class);
        if (listeners == null) {
            throw new IllegalStateException("The data broker " + domDataBroker
                + " does not support data tree change listeners");
        }
        overlay = new OverlayService(settings, dataBroker);
        rpcRegistration = rpcProvider.registerRpcImplementation(overlay);
        allocator = new SegmentAllocator(dataBroker, overlay::intentChanged);
        cohortRegistration = cohorts.registerCommitCohort(CONFIG_ROOT,
            new IntentCommitCohort(allocator::currentAllocations));
        allocatorRegistration = listeners.registerTreeChangeListener(CONFIG_ROOT, allocator);
        allocationsRegistration = listeners.registerTreeChangeListener(ALLOCATIONS,
            allocator.allocationsListener());
        LOG.info("TunnelMesh service started: OpenFlow on {}, OVSDB manager port {}",
            overlay.openflow().localAddress(), settings.ovsdbManager().map(Object::toString).orElse("off"));
    }

    /**
     * The overlay.
     *
     * @return the overlay service
     */
    public OverlayService overlay() {
        return overlay;
    }

    @Deactivate
    @Override
    public void close() {
        allocationsRegistration.close();
        allocatorRegistration.close();
        allocator.close();
        cohortRegistration.close();
        rpcRegistration.close();
        overlay.close();
        LOG.info("TunnelMesh service stopped");
    }
}
