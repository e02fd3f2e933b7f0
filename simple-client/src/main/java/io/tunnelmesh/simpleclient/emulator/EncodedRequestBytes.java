/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.simpleclient.switchstate.RequestBytes;

/**
 * The bytes of a request, for the data of the error answering it: the request encoded again with the production
 * codecs the connection decoded it with, cut to the first 64 bytes (OpenFlow 1.3.5 section 7.4.4 asks for at least
 * those; Open vSwitch sends no more either). Every codec re-encodes what it decoded byte for byte, so these are the
 * bytes the controller sent. Only errors pay for it: the requests that succeed are never encoded again.
 */
final class EncodedRequestBytes implements RequestBytes {
    /** How many bytes of the request an error carries. */
    static final int ERROR_DATA_LENGTH = 64;

    private final OfCodecRegistry registry;

    EncodedRequestBytes(final OfCodecRegistry registry) {
        this.registry = registry;
    }

    @Override
    public OfBytes of(final OfMessage request) {
        final var buffer = Unpooled.buffer();
        try {
            registry.encode(request, buffer);
            return OfBytes.readFrom(buffer, Math.min(buffer.readableBytes(), ERROR_DATA_LENGTH));
        } catch (OfCodecException e) {
            // a message the codecs cannot encode never came off the wire; the error carries no data then
            return OfBytes.EMPTY;
        } finally {
            buffer.release();
        }
    }
}
