/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.message.OfMessage;

/**
 * A message to send, made when its step plays, so that it can carry what earlier steps received: the xid of a
 * request it answers ({@code context.xid("req")}), a value of it, or a fresh xid ({@link ScenarioContext#nextXid}).
 */
@FunctionalInterface
public interface MessageTemplate {
    /**
     * Makes the message.
     *
     * @param context the scenario so far
     * @return the message
     * @throws IllegalStateException if a step it refers to has no message
     */
    OfMessage build(ScenarioContext context);
}
