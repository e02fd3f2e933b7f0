/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.tunnelmesh.openflow.api.message.OfMessage;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A message a step sent or received, with the JSON the codec tools print for it, which predicates match and reports
 * show. Bytes sent raw that do not decode have no message; their JSON is {@code {"xid":..,"raw":"hex"}}, the xid
 * being the header's (0 for fewer than 8 bytes).
 *
 * @param xid the transaction id, unsigned
 * @param message the message, or {@code null} for raw bytes that do not decode
 * @param json the JSON tree
 * @param text the JSON on one line
 */
public record ScenarioMessage(long xid, @Nullable OfMessage message, JsonNode json, String text) {
    @Override
    public String toString() {
        return text;
    }
}
