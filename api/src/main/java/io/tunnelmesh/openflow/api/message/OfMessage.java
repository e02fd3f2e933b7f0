/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * An OpenFlow message: an immutable value that a codec turns into one frame. The header's version and transaction
 * id are part of the value; its type and length belong to the codec and the encoder (OpenFlow 1.3.5 section 7.1).
 *
 * <p>Messages whose wire shape is the same in every version (HELLO, ECHO, BARRIER, FEATURES_REQUEST,
 * GET_CONFIG_REQUEST) carry their version as a component; the others are OpenFlow 1.3 shapes and answer
 * {@link OfVersion#OF13}. Extensions implement {@link OfExtensionMessage}, the one open branch.
 */
public sealed interface OfMessage permits OfHello, OfErrorMessage, OfEchoRequest, OfEchoReply, OfExperimenter,
        OfFeaturesRequest, OfFeaturesReply, OfGetConfigRequest, OfGetConfigReply, OfSetConfig, OfBarrierRequest,
        OfBarrierReply, OfRoleRequest, OfRoleReply, OfPacketIn, OfPacketOut, OfFlowRemoved, OfPortStatus, OfFlowMod,
        OfMultipartRequest, OfMultipartReply, OfGroupMod, OfPortMod, OfTableMod, OfMeterMod,
        OfQueueGetConfigRequest, OfQueueGetConfigReply, OfGetAsyncRequest, OfGetAsyncReply, OfSetAsync,
        OfExtensionMessage, Of10Message {
    /**
     * The protocol version of the message.
     *
     * @return the version written in the header
     */
    OfVersion version();

    /**
     * The transaction id; replies carry the id of their request (section 7.1).
     *
     * @return the id, an unsigned 32-bit value held in an {@code int}
     */
    int xid();
}
