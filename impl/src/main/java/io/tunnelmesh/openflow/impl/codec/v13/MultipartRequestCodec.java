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
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestExtension;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartType;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsRequest;

/**
 * {@code OFPT_MULTIPART_REQUEST} (type 18, OpenFlow 1.3.5 section 7.3.5): the multipart header (type, flags, 4 bytes
 * of padding), then the body its type defines; see {@link OfMultipartRequest}. A type OpenFlow 1.3 does not define
 * is {@code OFPBRC_BAD_MULTIPART}; an experimenter body goes to the codec registered for it or stays opaque.
 */
final class MultipartRequestCodec extends V13MessageCodec<OfMultipartRequest> {
    /** {@code sizeof(ofp_multipart_request)}. */
    static final int HEADER_LENGTH = 16;

    MultipartRequestCodec() {
        super(18, OfMultipartRequest.class, HEADER_LENGTH);
    }

    @Override
    public OfMultipartRequest decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final var type = multipartType(body.readUnsignedShort());
        final int flags = body.readUnsignedShort();
        body.skipBytes(4);
        final OfMultipartRequestBody request = switch (type) {
            case DESC -> OfDescRequest.INSTANCE;
            case FLOW -> FlowStatsCodec.decodeFlowRequest(body, context);
            case AGGREGATE -> FlowStatsCodec.decodeAggregateRequest(body, context);
            case TABLE -> OfTableStatsRequest.INSTANCE;
            case PORT_STATS -> new OfPortStatsRequest(paddedId(body, "port stats"));
            case QUEUE -> new OfQueueStatsRequest(MultipartEntries.exactly(body, 8, "queue stats request")
                .readInt(), body.readInt());
            case GROUP -> new OfGroupStatsRequest(paddedId(body, "group stats"));
            case GROUP_DESC -> OfGroupDescRequest.INSTANCE;
            case GROUP_FEATURES -> OfGroupFeaturesRequest.INSTANCE;
            case METER -> new OfMeterStatsRequest(paddedId(body, "meter stats"));
            case METER_CONFIG -> new OfMeterConfigRequest(paddedId(body, "meter config"));
            case METER_FEATURES -> OfMeterFeaturesRequest.INSTANCE;
            case TABLE_FEATURES -> body.isReadable() ? new OfTableFeaturesRequest(TableFeaturesCodec.decode(body))
                : OfTableFeaturesRequest.READ;
            case PORT_DESC -> OfPortDescRequest.INSTANCE;
            case EXPERIMENTER -> context.decodeMultipartExperimenterRequest(body);
        };
        return new OfMultipartRequest(header.xid(), flags, request);
    }

    /**
     * The type of a wire code.
     *
     * @throws OfCodecException {@code OFPBRC_BAD_MULTIPART} if OpenFlow 1.3 defines none
     */
    static OfMultipartType multipartType(final int code) {
        final var type = OfMultipartType.forCode(code);
        if (type == null) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_MULTIPART, "multipart type " + code
                + " is not defined in OpenFlow 1.3");
        }
        return type;
    }

    /** A body of a 32-bit id and 4 bytes of padding. */
    private static int paddedId(final ByteBuf body, final String what) {
        final int id = MultipartEntries.exactly(body, 8, what + " request").readInt();
        body.skipBytes(4);
        return id;
    }

    private static void noBody() {
        // The type's body is empty
    }

    @Override
    public void encodeBody(final OfMultipartRequest message, final ByteBuf out, final OfCodecContext context) {
        final var body = message.body();
        out.writeShort(body.type().code()).writeShort(message.flags()).writeZero(4);
        switch (body) {
            case OfDescRequest request -> noBody();
            case OfFlowStatsRequest request -> FlowStatsCodec.encodeFlowRequest(request, out, context);
            case OfAggregateStatsRequest request -> FlowStatsCodec.encodeAggregateRequest(request, out, context);
            case OfTableStatsRequest request -> noBody();
            case OfPortStatsRequest request -> out.writeInt(request.portNo()).writeZero(4);
            case OfQueueStatsRequest request -> out.writeInt(request.portNo()).writeInt(request.queueId());
            case OfGroupStatsRequest request -> out.writeInt(request.groupId()).writeZero(4);
            case OfGroupDescRequest request -> noBody();
            case OfGroupFeaturesRequest request -> noBody();
            case OfMeterStatsRequest request -> out.writeInt(request.meterId()).writeZero(4);
            case OfMeterConfigRequest request -> out.writeInt(request.meterId()).writeZero(4);
            case OfMeterFeaturesRequest request -> noBody();
            case OfTableFeaturesRequest request -> TableFeaturesCodec.encode(request.tables(), out);
            case OfPortDescRequest request -> noBody();
            case OfExperimenterMultipartRequest request -> context.encodeMultipartExperimenter(request, out);
            case OfMultipartRequestExtension request -> context.encodeMultipartExperimenter(request, out);
        }
    }
}
