/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfExperimenterMessageCodec;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.codec.OfMultipartExperimenterCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldFamilyCodec;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyExtension;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestExtension;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The codecs a pipeline uses, built once and never changed: one message codec per (version, type) for decoding,
 * and through it one codec per (version, message class) for encoding; one OXM field codec per {@link OxmKey}; one
 * action codec per {@link OfActionKey}; one experimenter message codec per (version, experimenter, exp_type). A
 * duplicate key or class is an error, never a silent overwrite. Extensions (Nicira, ONF, a third party's) add their
 * codecs through the same public {@link Builder} the standard codecs use; to change a registry in use, build a new
 * one ({@link #toBuilder()}) and publish it, the old snapshot stays valid.
 *
 * <p>Encoding lookups resolve a codec declared for a sealed interface (such as {@code OfErrorMessage}) to each
 * record that interface permits, so a lookup is a single map probe on the message's own class.
 *
 * <p>{@code OFPT_EXPERIMENTER} messages are dispatched on their (experimenter, exp_type) to the registered
 * {@link OfExperimenterMessageCodec}; pairs nobody registered go to the plain experimenter message codec, which keeps
 * them opaque. {@code OFPMP_EXPERIMENTER} multipart bodies are dispatched the same way, on (experimenter, exp_type,
 * direction), to the registered {@link OfMultipartExperimenterCodec}; unregistered ones stay opaque.
 */
public final class OfCodecRegistry {
    private static final int EXPERIMENTER_TYPE = 4;

    private final Builder source;
    /** Decoders by wire version, then by message type: a row exists only for a version with codecs. */
    private final @Nullable OfMessageCodec<?>[][] decoders = new OfMessageCodec<?>[256][];
    /** Encoders by concrete message class: the codecs of every version that encodes it (usually one). */
    private final ClassTable<Encoder[]> encoders;
    /** What {@link #encoders} holds for the {@link BuiltinCodecIndex#MESSAGE_CLASSES}, at their indexes. */
    private final @Nullable Encoder[][] builtinEncoders;
    private final OfCodecContext[] contexts = new OfCodecContext[256];
    private final ScratchStructureEncoder[] scratchStructures = new ScratchStructureEncoder[256];

    private OfCodecRegistry(final Builder source, final Map<OfCodecKey, OfMessageCodec<?>> decoders,
            final Map<OfVersion, Map<Class<?>, OfMessageCodec<?>>> encoders) {
        this.source = source;
        decoders.forEach((key, codec) -> {
            var row = this.decoders[key.version().wireVersion()];
            if (row == null) {
                row = new OfMessageCodec<?>[256];
                this.decoders[key.version().wireVersion()] = row;
            }
            row[key.type()] = codec;
        });
        final var byClass = new HashMap<Class<?>, List<OfMessageCodec<?>>>();
        encoders.values().forEach(classes -> classes.forEach((type, codec) ->
            byClass.computeIfAbsent(type, key -> new ArrayList<>()).add(codec)));
        final var arrays = new HashMap<Class<?>, Encoder[]>();
        byClass.forEach((type, codecs) ->
            arrays.put(type, codecs.stream().map(Encoder::new).toArray(Encoder[]::new)));
        this.encoders = new ClassTable<>(arrays);
        builtinEncoders = BuiltinCodecIndex.MESSAGE_CLASSES.stream().map(arrays::get).toArray(Encoder[][]::new);
        final var fieldsByClass = new HashMap<Class<?>, OxmFieldCodec<?>>();
        source.fields.values().forEach(codec -> fieldsByClass.putIfAbsent(codec.fieldClass(), codec));
        final var actionsByClass = new HashMap<Class<?>, OfActionCodec<?>>();
        source.actions.values().forEach(codec -> actionsByClass.put(codec.actionClass(), codec));
        final var fieldsByKey = Map.copyOf(source.fields);
        final var actionsByKey = Map.copyOf(source.actions);
        final var multipartByClass = new HashMap<Class<?>, OfMultipartExperimenterCodec<?>>();
        source.multipartExperimenters.values().forEach(codec -> multipartByClass.put(codec.bodyClass(), codec));
        final var tables = new RegistryCodecContext.Tables(fieldsByKey, Map.copyOf(fieldsByClass), actionsByKey,
            Map.copyOf(actionsByClass), Map.copyOf(source.multipartExperimenters), Map.copyOf(multipartByClass));
        for (int wire = 0; wire < contexts.length; wire++) {
            contexts[wire] = new RegistryCodecContext(OfVersion.valueOf(wire), this, tables);
            scratchStructures[wire] = new ScratchStructureEncoder(OfVersion.valueOf(wire), tables);
        }
    }

    /**
     * An empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this registry's codecs, to derive a new registry with more.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        final var builder = new Builder();
        builder.messages.putAll(source.messages);
        builder.fields.putAll(source.fields);
        builder.actions.putAll(source.actions);
        builder.experimenters.putAll(source.experimenters);
        builder.multipartExperimenters.putAll(source.multipartExperimenters);
        return builder;
    }

    /**
     * The codec that decodes a (version, type).
     *
     * @param version the header's version
     * @param type the header's type
     * @return the codec, or {@code null} if none is registered
     */
    public @Nullable OfMessageCodec<?> decoder(final OfVersion version, final int type) {
        final var row = decoders[version.wireVersion()];
        return row == null || type < 0 || type >= row.length ? null : row[type];
    }

    /**
     * The codec that encodes a message, chosen by its version and class.
     *
     * @param message the message
     * @return the codec, or {@code null} if none is registered
     */
    public @Nullable OfMessageCodec<?> encoder(final OfMessage message) {
        final var encoder = encoderOf(message);
        return encoder == null ? null : encoder.codec;
    }

    private @Nullable Encoder encoderOf(final OfMessage message) {
        final int wire = message.version().wireVersion();
        // indexed, not for-each: this is the encoder's hot path
        final int index = BuiltinCodecIndex.of(message);
        final var candidates = index == BuiltinCodecIndex.NONE ? encoders.get(message.getClass())
            : builtinEncoders[index];
        if (candidates == null) {
            return null;
        }
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i].wireVersion == wire) {
                return candidates[i];
            }
        }
        return null;
    }

    /**
     * The structure codecs (match, OXM, actions, instructions, nested messages) for a version.
     *
     * @param version the version
     * @return the context codecs of that version get
     */
    public OfCodecContext context(final OfVersion version) {
        return contexts[version.wireVersion()];
    }

    /**
     * Encodes a whole message, header included, with its length back-patched.
     *
     * <p>A message whose codec and parts are all built in (a FLOW_MOD with standard and Nicira fixed-width fields,
     * standard actions and instructions) is written into this thread's {@link ScratchWriter} and copied into
     * {@code out} once; any other, or one that fails there, goes through its codecs' {@code ByteBuf} path. Both
     * paths write the same bytes (checked for every golden vector) and raise the same errors (the scratch path
     * raises none: a failure there is re-encoded through the {@code ByteBuf} path, which reports it).
     *
     * @param message the message
     * @param out the buffer to append to
     * @throws OfCodecException {@code OFPBRC_BAD_TYPE} if no codec encodes the message, or what its codec throws
     */
    public void encode(final OfMessage message, final ByteBuf out) {
        final var encoder = encoderOf(message);
        if (encoder == null) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_TYPE, "no codec encodes "
                + message.getClass().getSimpleName() + " in " + message.version());
        }
        if (encoder.scratch != null && encodeScratch(encoder, encoder.scratch, message, out, false)) {
            return;
        }
        encodeBuffer(encoder, message, out);
    }

    /**
     * The scratch path of {@link #encode(OfMessage, ByteBuf)}.
     *
     * @param rethrow whether a failure is thrown (for tests) rather than left to the {@code ByteBuf} path to report
     * @return {@code false} if nothing was written to {@code out}: a part has no scratch path, the scratch writer is
     *     in use further up this thread's stack (a message nested in a message), or encoding failed
     */
    @SuppressWarnings("checkstyle:IllegalCatch") // a failure here is re-encoded by the ByteBuf path, which reports it
    private boolean encodeScratch(final Encoder encoder, final ScratchMessageEncoder<OfMessage> scratch,
            final OfMessage message, final ByteBuf out, final boolean rethrow) {
        final var writer = ScratchWriter.acquire();
        if (writer == null) {
            return false;
        }
        try {
            // version, type, a zero length (patched below) and xid in one write
            writer.writeLong(OfWire.pack(encoder.versionAndType, message.xid()));
            if (!scratch.encodeBody(message, writer, scratchStructures[encoder.wireVersion])
                    || !ScratchStructureEncoder.patchLength(writer, 0)) {
                return false;
            }
            writer.copyTo(out);
            return true;
        } catch (RuntimeException e) {
            if (rethrow) {
                throw e;
            }
            return false;
        } finally {
            writer.release();
        }
    }

    /**
     * The scratch path alone, for tests that compare it with the {@code ByteBuf} path; what it throws is not caught.
     *
     * @return whether it encoded the message; if not, nothing was written
     */
    boolean encodeThroughScratch(final OfMessage message, final ByteBuf out) {
        final var encoder = encoderOf(message);
        return encoder != null && encoder.scratch != null
            && encodeScratch(encoder, encoder.scratch, message, out, true);
    }

    /**
     * The {@code ByteBuf} path alone, for tests that compare it with the scratch path.
     */
    void encodeThroughBuffer(final OfMessage message, final ByteBuf out) {
        final var encoder = encoderOf(message);
        if (encoder == null) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_TYPE, "no codec encodes " + message);
        }
        encodeBuffer(encoder, message, out);
    }

    /**
     * Encodes through the codecs' {@code ByteBuf} path, straight into {@code out}.
     */
    private void encodeBuffer(final Encoder encoder, final OfMessage message, final ByteBuf out) {
        final int start = out.writerIndex();
        // version, type, a zero length (patched below) and xid in one write
        out.writeLong(OfWire.pack(encoder.versionAndType, message.xid()));
        encoder.codec.encodeBody(message, out, contexts[encoder.wireVersion]);
        OfWire.patchLength(out, start, OfHeader.LENGTH_FIELD_OFFSET, out.writerIndex() - start,
            OfErrorCode.OFPBRC_BAD_LEN);
    }

    /**
     * Every registered message codec, in registration order.
     *
     * @return an immutable list
     */
    public List<OfMessageCodec<?>> codecs() {
        return List.copyOf(source.messages.values());
    }

    /**
     * Every registered OXM field codec, in registration order.
     *
     * @return an immutable list
     */
    public List<OxmFieldCodec<?>> fieldCodecs() {
        return List.copyOf(source.fields.values());
    }

    /**
     * Every registered action codec, in registration order.
     *
     * @return an immutable list
     */
    public List<OfActionCodec<?>> actionCodecs() {
        return List.copyOf(source.actions.values());
    }

    /**
     * Every registered experimenter message codec, in registration order.
     *
     * @return an immutable list
     */
    public List<OfExperimenterMessageCodec<?>> experimenterCodecs() {
        return List.copyOf(source.experimenters.values());
    }

    /**
     * Every registered experimenter multipart body codec, in registration order.
     *
     * @return an immutable list
     */
    public List<OfMultipartExperimenterCodec<?>> multipartExperimenterCodecs() {
        return List.copyOf(source.multipartExperimenters.values());
    }

    /**
     * Encodes a message body with a codec returned by {@link #encoder(OfMessage)}.
     *
     * @param codec the codec
     * @param message the message, of the codec's message class
     * @param out the buffer to append to
     * @throws ClassCastException if the message is not of the codec's class
     */
    public void encodeBody(final OfMessageCodec<?> codec, final OfMessage message, final ByteBuf out) {
        encodeTyped(codec, message, out, contexts[codec.version().wireVersion()]);
    }

    private static <T extends OfMessage> void encodeTyped(final OfMessageCodec<T> codec, final OfMessage message,
            final ByteBuf out, final OfCodecContext context) {
        codec.encodeBody(codec.messageClass().cast(message), out, context);
    }

    /**
     * Collects codecs; {@link #build()} checks them and freezes the result.
     */
    public static final class Builder {
        private final Map<OfCodecKey, OfMessageCodec<?>> messages = new LinkedHashMap<>();
        private final Map<OxmKey, OxmFieldCodec<?>> fields = new LinkedHashMap<>();
        private final Map<OfActionKey, OfActionCodec<?>> actions = new LinkedHashMap<>();
        private final Map<ExperimenterKey, OfExperimenterMessageCodec<?>> experimenters = new LinkedHashMap<>();
        private final Map<MultipartExperimenterKey, OfMultipartExperimenterCodec<?>> multipartExperimenters =
            new LinkedHashMap<>();

        private Builder() {
            // Use OfCodecRegistry.builder()
        }

        /**
         * Adds a message codec.
         *
         * @param codec the codec
         * @return this builder
         * @throws IllegalArgumentException if a codec is already registered for the same (version, type)
         */
        public Builder add(final OfMessageCodec<?> codec) {
            final var key = new OfCodecKey(codec.version(), codec.type());
            final var previous = messages.putIfAbsent(key, codec);
            if (previous != null) {
                throw duplicate(key, previous, codec);
            }
            return this;
        }

        /**
         * Adds message codecs, in order.
         *
         * @param codecs the codecs
         * @return this builder
         * @throws IllegalArgumentException if a key is registered twice
         */
        public Builder addAll(final Iterable<? extends OfMessageCodec<?>> codecs) {
            codecs.forEach(this::add);
            return this;
        }

        /**
         * Adds an OXM field codec.
         *
         * @param codec the codec
         * @return this builder
         * @throws IllegalArgumentException if a codec is already registered for the same key
         */
        public Builder addField(final OxmFieldCodec<?> codec) {
            final var previous = fields.putIfAbsent(codec.key(), codec);
            if (previous != null) {
                throw duplicate(codec.key(), previous, codec);
            }
            return this;
        }

        /**
         * Adds OXM field codecs, in order.
         *
         * @param codecs the codecs
         * @return this builder
         */
        public Builder addFields(final Iterable<? extends OxmFieldCodec<?>> codecs) {
            codecs.forEach(this::addField);
            return this;
        }

        /**
         * Adds an action codec.
         *
         * @param codec the codec
         * @return this builder
         * @throws IllegalArgumentException if a codec is already registered for the same key
         */
        public Builder addAction(final OfActionCodec<?> codec) {
            final var previous = actions.putIfAbsent(codec.key(), codec);
            if (previous != null) {
                throw duplicate(codec.key(), previous, codec);
            }
            return this;
        }

        /**
         * Adds action codecs, in order.
         *
         * @param codecs the codecs
         * @return this builder
         */
        public Builder addActions(final Iterable<? extends OfActionCodec<?>> codecs) {
            codecs.forEach(this::addAction);
            return this;
        }

        /**
         * Adds an experimenter message codec.
         *
         * @param codec the codec
         * @return this builder
         * @throws IllegalArgumentException if a codec is already registered for the same (version, experimenter,
         *     exp_type)
         */
        public Builder addExperimenter(final OfExperimenterMessageCodec<?> codec) {
            final var key = new ExperimenterKey(codec.version(), codec.experimenter(), codec.expType());
            final var previous = experimenters.putIfAbsent(key, codec);
            if (previous != null) {
                throw duplicate(key, previous, codec);
            }
            return this;
        }

        /**
         * Adds experimenter message codecs, in order.
         *
         * @param codecs the codecs
         * @return this builder
         */
        public Builder addExperimenters(final Iterable<? extends OfExperimenterMessageCodec<?>> codecs) {
            codecs.forEach(this::addExperimenter);
            return this;
        }

        /**
         * Adds an experimenter multipart body codec ({@code OFPMP_EXPERIMENTER}, OpenFlow 1.3.5 section 7.3.5.15).
         *
         * @param codec the codec
         * @return this builder
         * @throws IllegalArgumentException if a codec is already registered for the same (version, experimenter,
         *     exp_type, direction), or the body class is not exactly one of a request and a reply extension
         */
        public Builder addMultipartExperimenter(final OfMultipartExperimenterCodec<?> codec) {
            final boolean request = OfMultipartRequestExtension.class.isAssignableFrom(codec.bodyClass());
            final boolean reply = OfMultipartReplyExtension.class.isAssignableFrom(codec.bodyClass());
            if (request == reply) {
                throw new IllegalArgumentException("multipart body class " + codec.bodyClass().getName()
                    + " must implement exactly one of OfMultipartRequestExtension and OfMultipartReplyExtension");
            }
            final var key = new MultipartExperimenterKey(codec.version(), codec.experimenter(), codec.expType(),
                reply);
            final var previous = multipartExperimenters.putIfAbsent(key, codec);
            if (previous != null) {
                throw duplicate(key, previous, codec);
            }
            return this;
        }

        /**
         * Adds experimenter multipart body codecs, in order.
         *
         * @param codecs the codecs
         * @return this builder
         */
        public Builder addMultipartExperimenters(final Iterable<? extends OfMultipartExperimenterCodec<?>> codecs) {
            codecs.forEach(this::addMultipartExperimenter);
            return this;
        }

        /**
         * The registry.
         *
         * @return an immutable registry
         * @throws IllegalArgumentException if two codecs encode the same class (OXM field codecs may share a class
         *     only when all of them are {@link OxmFieldFamilyCodec}s), or a codec declares an open (non-sealed)
         *     interface it could not be looked up by
         */
        public OfCodecRegistry build() {
            checkUniqueClasses(fields.values().stream().filter(codec -> !(codec instanceof OxmFieldFamilyCodec<?>))
                .<Class<?>>map(OxmFieldCodec::fieldClass).toList(), "OXM field");
            checkFamilies(fields.values());
            checkUniqueClasses(actions.values().stream().<Class<?>>map(OfActionCodec::actionClass).toList(), "action");
            checkUniqueClasses(multipartExperimenters.values().stream()
                .<Class<?>>map(OfMultipartExperimenterCodec::bodyClass).toList(), "multipart experimenter");
            final var decoders = new LinkedHashMap<>(messages);
            final var encoders = new HashMap<OfVersion, Map<Class<?>, OfMessageCodec<?>>>();
            for (var codec : messages.values()) {
                putEncoder(encoders, codec, codec.messageClass());
            }
            final var dispatch = new HashMap<OfVersion, Map<ExperimenterKey, ExperimenterMessageAdapter<?>>>();
            for (var entry : experimenters.entrySet()) {
                final var adapter = new ExperimenterMessageAdapter<>(entry.getValue());
                dispatch.computeIfAbsent(entry.getKey().version(), version -> new HashMap<>())
                    .put(entry.getKey(), adapter);
                putEncoder(encoders, adapter, adapter.messageClass());
            }
            dispatch.forEach((version, adapters) -> decoders.put(new OfCodecKey(version, EXPERIMENTER_TYPE),
                new ExperimenterDispatchCodec(version, decoders.get(new OfCodecKey(version, EXPERIMENTER_TYPE)),
                    Map.copyOf(adapters))));
            final var frozen = new HashMap<OfVersion, Map<Class<?>, OfMessageCodec<?>>>();
            encoders.forEach((version, classes) -> frozen.put(version, Map.copyOf(classes)));
            final var snapshot = new Builder();
            snapshot.messages.putAll(messages);
            snapshot.fields.putAll(fields);
            snapshot.actions.putAll(actions);
            snapshot.experimenters.putAll(experimenters);
            snapshot.multipartExperimenters.putAll(multipartExperimenters);
            return new OfCodecRegistry(snapshot, Collections.unmodifiableMap(decoders), Map.copyOf(frozen));
        }

        private static void putEncoder(final Map<OfVersion, Map<Class<?>, OfMessageCodec<?>>> encoders,
                final OfMessageCodec<?> codec, final Class<?> declared) {
            final var classes = encoders.computeIfAbsent(codec.version(), version -> new HashMap<>());
            for (var concrete : concreteClasses(declared)) {
                final var previous = classes.putIfAbsent(concrete, codec);
                if (previous != null) {
                    throw new IllegalArgumentException("two codecs encode " + concrete.getName() + " in "
                        + codec.version() + ": " + previous + " and " + codec);
                }
            }
        }

        private static void checkUniqueClasses(final List<Class<?>> classes, final String what) {
            final var seen = new HashMap<Class<?>, Boolean>();
            for (var cls : classes) {
                if (seen.put(cls, Boolean.TRUE) != null) {
                    throw new IllegalArgumentException("two " + what + " codecs encode " + cls.getName());
                }
            }
        }

        private static void checkFamilies(final Collection<OxmFieldCodec<?>> codecs) {
            final var plain = new HashMap<Class<?>, OxmFieldCodec<?>>();
            codecs.stream().filter(codec -> !(codec instanceof OxmFieldFamilyCodec<?>))
                .forEach(codec -> plain.put(codec.fieldClass(), codec));
            for (var codec : codecs) {
                final var other = plain.get(codec.fieldClass());
                if (codec instanceof OxmFieldFamilyCodec<?> && other != null) {
                    throw new IllegalArgumentException("two OXM field codecs encode " + codec.fieldClass().getName()
                        + ": " + other + " is not a family codec, " + codec + " is");
                }
            }
        }

        private static IllegalArgumentException duplicate(final Object key, final Object previous,
                final Object codec) {
            return new IllegalArgumentException("duplicate codec for " + key + ": " + previous.getClass().getName()
                + " is registered, " + codec.getClass().getName() + " is not");
        }

        private static List<Class<?>> concreteClasses(final Class<?> declared) {
            if (!declared.isInterface()) {
                return List.of(declared);
            }
            final var permitted = declared.getPermittedSubclasses();
            if (permitted == null) {
                throw new IllegalArgumentException("codec message class " + declared.getName()
                    + " is an open interface: declare a class or a sealed interface");
            }
            final var result = new ArrayList<Class<?>>();
            for (var sub : permitted) {
                result.addAll(concreteClasses(sub));
            }
            return result;
        }
    }

    /**
     * A message codec with what its hot path needs read once: its wire version and the header's first word.
     */
    private static final class Encoder {
        final OfMessageCodec<OfMessage> codec;
        /** The codec's scratch path, if it is a built-in codec that has one. */
        final @Nullable ScratchMessageEncoder<OfMessage> scratch;
        final int wireVersion;
        /** Version, type and a zero length: the first 32 bits of the header (OpenFlow 1.3.5 section 7.1). */
        final int versionAndType;

        @SuppressWarnings("unchecked")
        Encoder(final OfMessageCodec<?> codec) {
            // safe: an encoder is only ever looked up by the class of the message it encodes
            this.codec = (OfMessageCodec<OfMessage>) codec;
            scratch = codec instanceof ScratchMessageEncoder<?> path ? (ScratchMessageEncoder<OfMessage>) path : null;
            wireVersion = codec.version().wireVersion();
            versionAndType = wireVersion << 24 | codec.type() << 16;
        }
    }
}
