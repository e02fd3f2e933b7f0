/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decodes the bytes of one input line as exactly one OpenFlow message with a registry's codecs, after the checks a
 * line needs that a framed connection does not: at least a header, a version the registry has codecs for, and a
 * header length equal to the number of bytes on the line; and encodes messages back.
 * <pre>
 *   | version 8 | type 8 | length 16 (= bytes on the line) | xid 32 | body ... |
 * </pre>
 * Failures are {@link OfCodecException}s with the error a switch would answer (OpenFlow 1.3.5 section 7.4.4):
 * {@code OFPBRC_BAD_LEN}, {@code OFPBRC_BAD_VERSION}, {@code OFPBRC_BAD_TYPE} or the structure's own code. Like the
 * pipeline's {@code OfMessageDecoder}, a body that ends inside a structure and a value a model record refuses are
 * {@code OFPBRC_BAD_LEN}.
 *
 * <p>As in the pipeline, a HELLO is decoded whatever its version (version negotiation, OpenFlow 1.3.5 section 6.3.1,
 * must read the HELLO of a newer version), with the OpenFlow 1.3 codec: every version's HELLO body is the same list
 * of hello elements. It is encoded back the same way, so that {@code reencode} gives Open vSwitch's OpenFlow 1.5
 * HELLO back byte for byte too.
 */
final class OfLineCodec {
    private static final int HELLO = 0;

    private final OfCodecRegistry registry;
    private final List<OfVersion> versions;
    private final String supported;

    OfLineCodec(final OfCodecRegistry registry) {
        this.registry = registry;
        versions = registry.codecs().stream().map(codec -> codec.version()).distinct().sorted().toList();
        supported = versions.stream().map(version -> String.format("0x%02x %s", version.wireVersion(), version))
            .collect(Collectors.joining(", "));
    }

    /**
     * Decodes one message.
     *
     * @param wire the line's bytes
     * @param scratch an empty buffer to decode from; it holds the bytes afterwards
     * @return the message
     * @throws OfCodecException if the bytes are not exactly one message the registry decodes
     */
    OfMessage decode(final OfBytes wire, final ByteBuf scratch) {
        if (wire.length() < OfHeader.LENGTH) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "length " + wire.length() + " < "
                + OfHeader.LENGTH);
        }
        final var version = OfVersion.valueOf(wire.get(0));
        final boolean foreignHello = !versions.contains(version) && wire.get(1) == HELLO
            && versions.contains(OfVersion.OF13);
        if (!versions.contains(version) && !foreignHello) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_VERSION, String.format(
                "version 0x%02x is not supported (supported: %s)", version.wireVersion(), supported));
        }
        final int length = wire.get(OfHeader.LENGTH_FIELD_OFFSET) << 8 | wire.get(OfHeader.LENGTH_FIELD_OFFSET + 1);
        if (length != wire.length()) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "header length " + length + " != "
                + wire.length() + " bytes on the line");
        }
        wire.writeTo(scratch);
        if (foreignHello) {
            scratch.setByte(0, OfVersion.OF13.wireVersion());
        }
        final OfMessage message;
        try {
            message = registry.context(foreignHello ? OfVersion.OF13 : version).decodeMessage(scratch);
        } catch (IndexOutOfBoundsException e) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, version + " type " + wire.get(1) + " length "
                + length + " is too short for its contents", e);
        } catch (IllegalArgumentException e) {
            // a record refused a decoded value; codecs check what they can, this is the pipeline's safety net too
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, version + " type " + wire.get(1) + ": "
                + e.getMessage(), e);
        }
        return foreignHello && message instanceof OfHello hello
            ? new OfHello(version, hello.xid(), hello.elements()) : message;
    }

    /**
     * Encodes a message, header included.
     *
     * @param message a message {@link #decode} returned
     * @param out the buffer to append to
     * @throws OfCodecException if the registry does not encode the message
     */
    void encode(final OfMessage message, final ByteBuf out) {
        if (message instanceof OfHello hello && !versions.contains(hello.version())
                && versions.contains(OfVersion.OF13)) {
            final int start = out.writerIndex();
            registry.encode(new OfHello(OfVersion.OF13, hello.xid(), hello.elements()), out);
            out.setByte(start, hello.version().wireVersion());
            return;
        }
        registry.encode(message, out);
    }
}
