/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.tunnelmesh.openflow.api.message.OfMessage;
import java.util.List;

/**
 * Messages that travel the outbound pipeline as one write ({@link OfOutboundQueue#enqueueAll}): the
 * {@link OfMessageEncoder} encodes them, in order, into one buffer, or none of them when one fails.
 *
 * @param messages the messages, at least one
 */
public record OfMessageBatch(List<OfMessage> messages) {
    /**
     * Copies the list.
     *
     * @throws IllegalArgumentException if the list is empty
     */
    public OfMessageBatch {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("an empty batch");
        }
    }

    @Override
    public String toString() {
        final var first = messages.getFirst();
        return messages.size() + " messages from " + first.getClass().getSimpleName() + " xid "
            + Integer.toUnsignedString(first.xid());
    }
}
