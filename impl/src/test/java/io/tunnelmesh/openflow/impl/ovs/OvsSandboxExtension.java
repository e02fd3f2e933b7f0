/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ovs;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands one {@link OvsSandbox} to every test (method or constructor parameter) of the classes that extend with it:
 * started on first use, kept in the root store of the run and closed when the run ends, so that the OVS tests pay
 * for one {@code ovsdb-server} and {@code ovs-vswitchd} start, not one per class. Tests sharing the sandbox give their
 * bridges distinct names.
 */
public final class OvsSandboxExtension implements ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(OvsSandboxExtension.class);

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        return parameter.getParameter().getType() == OvsSandbox.class;
    }

    @Override
    public OvsSandbox resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Shared.class, unused -> Shared.start(),
            Shared.class).sandbox();
    }

    /** The sandbox as the store holds it: closed by JUnit at the end of the run. */
    private record Shared(OvsSandbox sandbox) implements CloseableResource {
        static Shared start() {
            try {
                return new Shared(OvsSandbox.start());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the shared OVS sandbox", e);
            }
        }

        @Override
        public void close() {
            sandbox.close();
        }
    }
}
