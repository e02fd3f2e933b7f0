/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The components of a record class as the JSON writer walks them: name, JSON key, accessor and, for an integer
 * enumeration, how its values are named.
 */
final class RecordComponents {
    private RecordComponents() {
        // Hidden on purpose
    }

    /**
     * One component.
     *
     * @param name the component's name
     * @param key its JSON key
     * @param accessor its accessor
     * @param values how its values are named, {@code null} for a plain value
     */
    record Component(String name, String key, Method accessor, @Nullable IntFunction<Object> values) {
        /**
         * The component's value in a record.
         *
         * @param record the record
         * @return the value, {@code null} for an absent optional one
         */
        @Nullable Object get(final Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(accessor + " failed", e);
            }
        }

        /**
         * The name of an enumeration's value.
         *
         * @param code the value
         * @return its name, or the number if it has none or the component is not an enumeration
         */
        Object enumerated(final int code) {
            final var names = values;
            return names != null ? names.apply(code) : Integer.valueOf(code);
        }
    }

    /**
     * The components of a class.
     *
     * @param type the class
     * @return its components in declaration order; none if it is not a record
     */
    static List<Component> of(final Class<?> type) {
        final var declared = type.getRecordComponents();
        if (declared == null) {
            return List.of();
        }
        return Arrays.stream(declared).map(component -> new Component(component.getName(),
            OfJsonKeys.key(type, component.getName()), component.getAccessor(),
            OfJsonKeys.values(type, component.getName()))).toList();
    }

    /**
     * Whether a record is a named protocol code, such as {@code OfFlowModCommand}: exactly one component, an
     * {@code int} called {@code code}, and a {@code toString()} giving the specification's name.
     *
     * @param components the record's components
     * @return {@code true} for a code
     */
    static boolean isCode(final List<Component> components) {
        return components.size() == 1 && "code".equals(components.getFirst().name())
            && components.getFirst().accessor().getReturnType() == int.class;
    }
}
