/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An immutable map from classes to values for the encoder's hot path, which looks a codec up by the class of every
 * message, field and action it writes. Open addressing on the classes' identity hash codes with identity
 * comparison, sized to at most a quarter full: a lookup is one hash read, one array index and one reference
 * comparison in nearly every case. {@code Map.copyOf} probes with a modulo and {@code equals} calls, and
 * {@code ClassValue} reads volatile versions on each hit; both measured several times slower here.
 *
 * @param <V> the values
 */
final class ClassTable<V> {
    private final @Nullable Class<?>[] keys;
    private final @Nullable Object[] values;
    private final int mask;

    /**
     * A table holding the entries of a map.
     *
     * @param entries the classes and their values
     */
    ClassTable(final Map<Class<?>, ? extends V> entries) {
        final int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        keys = new Class<?>[size];
        values = new Object[size];
        mask = size - 1;
        entries.forEach((type, value) -> {
            int index = type.hashCode() & mask;
            while (keys[index] != null) {
                index = index + 1 & mask;
            }
            keys[index] = type;
            values[index] = value;
        });
    }

    /**
     * The value of a class.
     *
     * @param type the class
     * @return its value, or {@code null} if it has none
     */
    @SuppressWarnings("unchecked")
    @Nullable V get(final Class<?> type) {
        int index = type.hashCode() & mask;
        while (true) {
            final var key = keys[index];
            if (key == type) {
                return (V) values[index];
            }
            if (key == null) {
                return null;
            }
            index = index + 1 & mask;
        }
    }
}
