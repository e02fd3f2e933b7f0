/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method a fresh {@link OverlayLab} as a parameter and closes it afterwards; when the test failed,
 * the lab's logs are kept and their directory printed.
 */
public final class OverlayLabExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(OverlayLabExtension.class);

    @Override
    public void beforeEach(final ExtensionContext context) throws Exception {
        context.getStore(NAMESPACE).put(OverlayLab.class, OverlayLab.start());
    }

    @Override
    public void afterEach(final ExtensionContext context) {
        final var lab = context.getStore(NAMESPACE).remove(OverlayLab.class, OverlayLab.class);
        if (lab != null) {
            if (context.getExecutionException().isPresent()) {
                lab.keepFiles();
            }
            lab.close();
        }
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        return parameter.getParameter().getType() == OverlayLab.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        return context.getStore(NAMESPACE).get(OverlayLab.class, OverlayLab.class);
    }
}
