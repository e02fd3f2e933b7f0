/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import java.util.List;

/**
 * What a codec may ask of the registry it is registered in: the codecs of the structures messages share (OXM
 * matches, actions, instructions, whole messages), including every extension registered next to it. A flow-mod
 * codec encodes its actions through the context, so a Nicira action registered by a third party is encoded inside
 * any flow-mod, group bucket or packet-out without the flow-mod codec knowing it exists.
 *
 * <p>The structure formats are those of OpenFlow 1.2 and later (OXM TLVs, section 7.2.3; action headers, section
 * 7.2.5; instruction headers, section 7.2.4 of OpenFlow 1.3.5). OpenFlow 1.0 codecs use their own fixed formats.
 *
 * <p>Decoding methods read from the buffer's reader index and throw {@link OfCodecException} with the error OpenFlow
 * assigns ({@code OFPBMC_*}, {@code OFPBAC_*}, {@code OFPBIC_*}, {@code OFPBRC_*}) when the bytes are malformed.
 */
public interface OfCodecContext {
    /**
     * The version of the messages being coded.
     *
     * @return the version
     */
    OfVersion version();

    /**
     * Reads an {@code ofp_match} with its padding.
     *
     * @param in the buffer, at the match
     * @return the match
     */
    OfMatch decodeMatch(ByteBuf in);

    /**
     * Writes an {@code ofp_match} with its padding.
     *
     * @param match the match
     * @param out the buffer
     */
    void encodeMatch(OfMatch match, ByteBuf out);

    /**
     * Reads one OXM TLV.
     *
     * @param in the buffer, at the TLV header
     * @return the field; {@link io.tunnelmesh.openflow.api.match.OxmUnknown} when no codec is registered for it
     */
    OxmField decodeOxm(ByteBuf in);

    /**
     * Writes one OXM TLV.
     *
     * @param field the field
     * @param out the buffer
     */
    void encodeOxm(OxmField field, ByteBuf out);

    /**
     * Reads every action up to the end of the buffer.
     *
     * @param in exactly the bytes of an action list
     * @return the actions in order
     */
    List<OfAction> decodeActions(ByteBuf in);

    /**
     * Writes actions, each padded to 8 bytes.
     *
     * @param actions the actions
     * @param out the buffer
     */
    void encodeActions(List<? extends OfAction> actions, ByteBuf out);

    /**
     * Reads every instruction up to the end of the buffer.
     *
     * @param in exactly the bytes of an instruction list
     * @return the instructions in order
     */
    List<OfInstruction> decodeInstructions(ByteBuf in);

    /**
     * Writes instructions.
     *
     * @param instructions the instructions
     * @param out the buffer
     */
    void encodeInstructions(List<? extends OfInstruction> instructions, ByteBuf out);

    /**
     * Reads one whole message, header included, for messages that carry messages (a bundle add carries the message
     * to add).
     *
     * @param in the buffer, at a message header; exactly the header's length is consumed
     * @return the message
     * @throws OfCodecException if the message is malformed or of an unknown type
     */
    OfMessage decodeMessage(ByteBuf in);

    /**
     * Writes one whole message, header included.
     *
     * @param message the message
     * @param out the buffer
     * @throws OfCodecException if no codec encodes the message
     */
    void encodeMessage(OfMessage message, ByteBuf out);

    /**
     * Reads the body of an {@code OFPMP_EXPERIMENTER} request (OpenFlow 1.3.5 section 7.3.5.15): the experimenter id,
     * the exp_type and what follows, through the {@link OfMultipartExperimenterCodec} registered for them.
     *
     * @param in exactly the bytes after the multipart header
     * @return the registered codec's body, or an opaque
     *     {@link io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartRequest} when none is registered
     * @throws OfCodecException {@code OFPBRC_BAD_LEN} if the body is shorter than 8 bytes, or what the codec throws
     */
    OfMultipartRequestBody decodeMultipartExperimenterRequest(ByteBuf in);

    /**
     * Reads the body of an {@code OFPMP_EXPERIMENTER} reply (OpenFlow 1.3.5 section 7.3.5.15), as
     * {@link #decodeMultipartExperimenterRequest(ByteBuf)} reads a request's.
     *
     * @param in exactly the bytes after the multipart header
     * @return the registered codec's body, or an opaque
     *     {@link io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartReply} when none is registered
     * @throws OfCodecException {@code OFPBRC_BAD_LEN} if the body is shorter than 8 bytes, or what the codec throws
     */
    OfMultipartReplyBody decodeMultipartExperimenterReply(ByteBuf in);

    /**
     * Writes an {@code OFPMP_EXPERIMENTER} body: the experimenter id, the exp_type and the data of an opaque body, or
     * what the codec registered for an extension body's class writes.
     *
     * @param body an opaque experimenter body or a registered extension body
     * @param out the buffer
     * @throws OfCodecException {@code OFPBRC_BAD_MULTIPART} if the body is neither
     */
    void encodeMultipartExperimenter(OfMultipartBody body, ByteBuf out);
}
