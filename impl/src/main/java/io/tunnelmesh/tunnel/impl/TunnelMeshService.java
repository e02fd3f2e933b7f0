/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl;

import io.tunnelmesh.tunnel.impl.intent.IntentCommitCohort;
import io.tunnelmesh.tunnel.impl.intent.IntentReader;
import io.tunnelmesh.tunnel.impl.segment.SegmentAllocator;
import org.opendaylight.mdsal.binding.api.DataBroker;
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
 * The TunnelMesh service: registers the intent validator as a commit cohort on the configuration tree and runs the
 * segment allocator. Usable as an OSGi component (Karaf) and as a plain object (standalone controller).
 */
@Component(service = TunnelMeshService.class, immediate = true)
public final class TunnelMeshService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TunnelMeshService.class);
    private static final DOMDataTreeIdentifier CONFIG_ROOT =
        DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, IntentReader.PATH);
    private static final DOMDataTreeIdentifier ALLOCATIONS = DOMDataTreeIdentifier.of(
        LogicalDatastoreType.CONFIGURATION, YangInstanceIdentifier.of(SegmentAllocations.QNAME));

    private final Registration cohortRegistration;
    private final SegmentAllocator allocator;
    private final Registration allocatorRegistration;
    private final Registration allocationsRegistration;

    /**
     * Starts the service.
     *
     * @param dataBroker the binding data broker, for writing allocations and state
     * @param domDataBroker the DOM data broker, for the commit cohort and the listener
     * @throws IllegalStateException if the data broker cannot run commit cohorts or change listeners
     */
    @Activate
    public TunnelMeshService(@Reference final DataBroker dataBroker, @Reference final DOMDataBroker domDataBroker) {
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
        allocator = new SegmentAllocator(dataBroker);
        cohortRegistration = cohorts.registerCommitCohort(CONFIG_ROOT,
            new IntentCommitCohort(allocator::currentAllocations));
        allocatorRegistration = listeners.registerTreeChangeListener(CONFIG_ROOT, allocator);
        allocationsRegistration = listeners.registerTreeChangeListener(ALLOCATIONS,
            allocator.allocationsListener());
        LOG.info("TunnelMesh service started");
    }

    @Deactivate
    @Override
    public void close() {
        allocationsRegistration.close();
        allocatorRegistration.close();
        allocator.close();
        cohortRegistration.close();
        LOG.info("TunnelMesh service stopped");
    }
}
