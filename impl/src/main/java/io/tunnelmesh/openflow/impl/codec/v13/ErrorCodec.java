/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfErrorType;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfExperimenterErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code OFPT_ERROR} (type 1, OpenFlow 1.3.5 section 7.4.4): a standard error ({@code type}, {@code code},
 * {@code data}) or, for type {@code OFPET_EXPERIMENTER}, an experimenter error ({@code exp_code},
 * {@code experimenter}, {@code data}). Unknown types and codes decode and re-encode unchanged; an experimenter code
 * of the ONF or Nicira errors Open vSwitch sends decodes to its named constant ({@link OnfErrorCodes},
 * {@link NxErrorCodes}), any other to an unnamed code equal to its experimenter's constant.
 */
final class ErrorCodec extends V13MessageCodec<OfErrorMessage> {
    private static final Map<OfExperimenterErrorCode, OfExperimenterErrorCode> NAMED = Stream.concat(
        OnfErrorCodes.ALL.stream(), NxErrorCodes.ALL.stream())
        .collect(Collectors.toUnmodifiableMap(Function.identity(), Function.identity()));

    ErrorCodec() {
        super(1, OfErrorMessage.class, 12);
    }

    @Override
    public OfErrorMessage decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int type = body.readUnsignedShort();
        if (type == OfErrorType.EXPERIMENTER.code()) {
            if (body.readableBytes() < 6) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "experimenter error length "
                    + (body.readableBytes() + 10) + " < 16");
            }
            final int expCode = body.readUnsignedShort();
            final var code = OfExperimenterErrorCode.valueOf(body.readInt(), expCode);
            return new OfExperimenterError(header.xid(), NAMED.getOrDefault(code, code), OfWire.readRest(body));
        }
        return new OfError(header.xid(), OfErrorCode.valueOf(type, body.readUnsignedShort()), OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final OfErrorMessage message, final ByteBuf out, final OfCodecContext context) {
        switch (message) {
            case OfError error -> out.writeShort(error.error().type().code()).writeShort(error.error().code());
            case OfExperimenterError error -> out.writeShort(OfErrorType.EXPERIMENTER.code())
                .writeShort(error.error().code()).writeInt(error.error().experimenter());
        }
        OfWire.writeBytes(out, message.data());
    }
}
