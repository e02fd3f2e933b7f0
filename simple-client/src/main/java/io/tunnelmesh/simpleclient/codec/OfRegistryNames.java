/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
import io.tunnelmesh.openflow.api.action.OfActionUnknown;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.codec.OfMultipartExperimenterCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldFamilyCodec;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartBody;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Names of model values that only the registry knows: the message type a message is encoded as, the
 * (experimenter, exp_type) of an extension message or multipart body, the code point of a match field (one record
 * class may stand for many, as {@code NxmReg} does for {@code reg0} to {@code reg15}) and the key of an action.
 * Asking the registry, rather than keeping a table of classes, names whatever an extension registers.
 */
final class OfRegistryNames {
    private final OfCodecRegistry registry;
    private final Map<Class<?>, OfActionKey> actions = new HashMap<>();
    private final Map<Class<?>, OxmFieldCodec<?>> fields = new HashMap<>();
    private final Map<Class<?>, OfExperimenterMessageCodec<?>> experimenterMessages = new HashMap<>();
    private final Map<Class<?>, OfMultipartExperimenterCodec<?>> multipartExperimenters = new HashMap<>();
    private final Map<Class<?>, OfMessageCodec<?>> messages = new HashMap<>();

    OfRegistryNames(final OfCodecRegistry registry) {
        this.registry = registry;
        for (OfActionCodec<?> codec : registry.actionCodecs()) {
            actions.put(codec.actionClass(), codec.key());
        }
        // the first codec of a class is the one the registry encodes it with (a family codec, for a family)
        for (OxmFieldCodec<?> codec : registry.fieldCodecs()) {
            fields.putIfAbsent(codec.fieldClass(), codec);
        }
        for (OfExperimenterMessageCodec<?> codec : registry.experimenterCodecs()) {
            experimenterMessages.put(codec.messageClass(), codec);
        }
        for (OfMultipartExperimenterCodec<?> codec : registry.multipartExperimenterCodecs()) {
            multipartExperimenters.put(codec.bodyClass(), codec);
        }
        for (OfMessageCodec<?> codec : registry.codecs()) {
            messages.putIfAbsent(codec.messageClass(), codec);
        }
    }

    /**
     * The message's type: its experimenter message name for an extension message ({@code NXT_TLV_TABLE_MOD},
     * {@code ONFT_BUNDLE_ADD_MESSAGE}), else the name of the type it is encoded as ({@code OFPT_FLOW_MOD}).
     *
     * <p>A message of a version without codecs (a HELLO, which is decoded whatever its version) is named by the type
     * of its class's codec in another version.
     *
     * @param message the message
     * @return the name, or the type number if it has none
     * @throws IllegalStateException if no codec of the registry codes the message's class
     */
    Object messageType(final OfMessage message) {
        final var experimenter = experimenterCodec(message);
        if (experimenter != null) {
            final var name = OfTypeNames.experimenterMessage(experimenter.experimenter(), experimenter.expType());
            if (name != null) {
                return name;
            }
        }
        var codec = registry.encoder(message);
        if (codec == null) {
            codec = messages.get(message.getClass());
        }
        if (codec == null) {
            throw new IllegalStateException("no codec codes " + message.getClass().getName());
        }
        return OfVersion.OF10.equals(message.version()) ? OfTypeNames.v10Message(codec.type())
            : OfTypeNames.v13Message(codec.type());
    }

    /**
     * The codec of an extension message.
     *
     * @param message the message
     * @return the codec, or {@code null} if the message is not an extension message
     */
    @Nullable OfExperimenterMessageCodec<?> experimenterCodec(final OfMessage message) {
        return message instanceof OfExtensionMessage ? experimenterMessages.get(message.getClass()) : null;
    }

    /**
     * The codec of an experimenter multipart body.
     *
     * @param body the body
     * @return the codec, or {@code null} if none is registered for the body's class
     */
    @Nullable OfMultipartExperimenterCodec<?> multipartExperimenterCodec(final OfMultipartBody body) {
        return multipartExperimenters.get(body.getClass());
    }

    /**
     * The name of an action: {@code OFPAT_*} for the standard ones, the experimenter's name ({@code NXAST_*}) for a
     * registered experimenter action, {@code OFPAT_EXPERIMENTER} for one nobody registered, and the type number of
     * an unknown standard type.
     *
     * @param action the action
     * @return the name or number
     */
    Object actionType(final OfAction action) {
        if (action instanceof OfActionUnknown unknown) {
            return unknown.type();
        }
        if (action instanceof OfActionExperimenter) {
            return OfTypeNames.v13Action(OfTypeNames.EXPERIMENTER);
        }
        final var key = actions.get(action.getClass());
        if (key == null) {
            throw new IllegalStateException("no codec encodes action " + action.getClass().getName());
        }
        if (key.isExperimenter()) {
            final var name = OfTypeNames.experimenterAction(key.experimenter(), key.subtype());
            return name != null ? name : OfTypeNames.v13Action(OfTypeNames.EXPERIMENTER);
        }
        return OfTypeNames.v13Action(key.type());
    }

    /**
     * The key of a registered action.
     *
     * @param action the action
     * @return the key, or {@code null} if no codec of the registry encodes the action's class
     */
    @Nullable OfActionKey actionKey(final OfAction action) {
        return actions.get(action.getClass());
    }

    /**
     * The name of a match field ({@link OxmFieldNames}), or one made of its code point; always the code point for a
     * field nobody registered ({@link OxmUnknown}), whose payload is printed raw (with the experimenter id, for the
     * experimenter class).
     *
     * @param field the field
     * @return the name
     * @throws IllegalStateException if no codec of the registry encodes the field
     */
    String fieldName(final OxmField field) {
        if (field instanceof OxmUnknown unknown) {
            final var payload = unknown.payload();
            final int experimenter = unknown.oxmClass() == OxmKey.EXPERIMENTER && payload.length() >= 4
                ? payload.get(0) << 24 | payload.get(1) << 16 | payload.get(2) << 8 | payload.get(3) : 0;
            return OxmFieldNames.codePoint(new OxmKey(unknown.oxmClass(), unknown.field(), experimenter));
        }
        final var codec = fields.get(field.getClass());
        if (codec == null) {
            throw new IllegalStateException("no codec encodes field " + field.getClass().getName());
        }
        return OxmFieldNames.nameOrCodePoint(codec instanceof OxmFieldFamilyCodec<?> family ? keyOf(family, field)
            : codec.key());
    }

    private static <T extends OxmField> OxmKey keyOf(final OxmFieldFamilyCodec<T> family, final OxmField field) {
        return family.keyOf(family.fieldClass().cast(field));
    }
}
