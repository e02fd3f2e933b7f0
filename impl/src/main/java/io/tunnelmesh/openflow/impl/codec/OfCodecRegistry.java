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
import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The message codecs a pipeline uses, built once and never changed: one codec per (version, type) for decoding,
 * and through it one codec per (version, message class) for encoding. A duplicate key is an error, never a silent
 * overwrite. An extension adds its codecs through the same public {@link Builder} the standard codecs use; to change
 * a registry in use, build a new one ({@link #toBuilder()}) and publish it, the old snapshot stays valid.
 *
 * <p>Encoding lookups resolve a codec declared for a sealed interface (such as {@code OfErrorMessage}) to each
 * record that interface permits, so a lookup is a single map probe on the message's own class.
 */
public final class OfCodecRegistry {
    private final Map<OfCodecKey, OfMessageCodec<?>> byKey;
    private final Map<OfVersion, Map<Class<?>, OfMessageCodec<?>>> byClass;

    private OfCodecRegistry(final Map<OfCodecKey, OfMessageCodec<?>> byKey,
            final Map<OfVersion, Map<Class<?>, OfMessageCodec<?>>> byClass) {
        this.byKey = byKey;
        this.byClass = byClass;
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
        byKey.values().forEach(builder::add);
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
        return byKey.get(new OfCodecKey(version, type));
    }

    /**
     * The codec that encodes a message, chosen by its version and class.
     *
     * @param message the message
     * @return the codec, or {@code null} if none is registered
     */
    public @Nullable OfMessageCodec<?> encoder(final OfMessage message) {
        final var classes = byClass.get(message.version());
        return classes == null ? null : classes.get(message.getClass());
    }

    /**
     * Every registered codec, in registration order.
     *
     * @return an immutable list
     */
    public List<OfMessageCodec<?>> codecs() {
        return List.copyOf(byKey.values());
    }

    /**
     * Encodes a message body with a codec returned by {@link #encoder(OfMessage)}.
     *
     * @param codec the codec
     * @param message the message, of the codec's message class
     * @param out the buffer to append to
     * @throws ClassCastException if the message is not of the codec's class
     */
    public static void encodeBody(final OfMessageCodec<?> codec, final OfMessage message, final ByteBuf out) {
        encodeTyped(codec, message, out);
    }

    private static <T extends OfMessage> void encodeTyped(final OfMessageCodec<T> codec, final OfMessage message,
            final ByteBuf out) {
        codec.encodeBody(codec.messageClass().cast(message), out);
    }

    /**
     * Collects codecs; {@link #build()} checks them and freezes the result.
     */
    public static final class Builder {
        private final Map<OfCodecKey, OfMessageCodec<?>> byKey = new LinkedHashMap<>();

        private Builder() {
            // Use OfCodecRegistry.builder()
        }

        /**
         * Adds a codec.
         *
         * @param codec the codec
         * @return this builder
         * @throws IllegalArgumentException if a codec is already registered for the same (version, type)
         */
        public Builder add(final OfMessageCodec<?> codec) {
            final var key = new OfCodecKey(codec.version(), codec.type());
            final var previous = byKey.putIfAbsent(key, codec);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate codec for " + key + ": "
                    + previous.getClass().getName() + " is registered, " + codec.getClass().getName() + " is not");
            }
            return this;
        }

        /**
         * Adds codecs, in order.
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
         * The registry.
         *
         * @return an immutable registry
         * @throws IllegalArgumentException if two codecs of one version encode the same message class, or a codec
         *     declares an open (non-sealed) interface it could not be looked up by
         */
        public OfCodecRegistry build() {
            final var byClass = new HashMap<OfVersion, Map<Class<?>, OfMessageCodec<?>>>();
            for (var codec : byKey.values()) {
                final var classes = byClass.computeIfAbsent(codec.version(), version -> new HashMap<>());
                for (var concrete : concreteClasses(codec.messageClass())) {
                    final var previous = classes.putIfAbsent(concrete, codec);
                    if (previous != null) {
                        throw new IllegalArgumentException("two codecs encode " + concrete.getName() + " in "
                            + codec.version() + ": " + previous.getClass().getName() + " and "
                            + codec.getClass().getName());
                    }
                }
            }
            final var frozen = new HashMap<OfVersion, Map<Class<?>, OfMessageCodec<?>>>();
            byClass.forEach((version, classes) -> frozen.put(version, Map.copyOf(classes)));
            return new OfCodecRegistry(Collections.unmodifiableMap(new LinkedHashMap<>(byKey)),
                Map.copyOf(frozen));
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
}
