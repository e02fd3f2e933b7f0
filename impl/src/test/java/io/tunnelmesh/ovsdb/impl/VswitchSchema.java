/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbSchemaDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The {@code Open_vSwitch} schema 8.3.1 as Open vSwitch 3.1 installs it ({@code /usr/share/openvswitch/
 * vswitch.ovsschema}, copied into the test resources so that the unit tests do not depend on the package).
 */
public final class VswitchSchema {
    private static final JsonNode JSON = read();
    private static final OvsdbDatabaseSchema SCHEMA = decode();

    private VswitchSchema() {
        // fixture
    }

    /**
     * The schema file as JSON.
     *
     * @return a fresh copy of the tree
     */
    public static JsonNode json() {
        return JSON.deepCopy();
    }

    /**
     * The decoded schema.
     *
     * @return the schema
     */
    public static OvsdbDatabaseSchema schema() {
        return SCHEMA;
    }

    private static JsonNode read() {
        try (InputStream in = VswitchSchema.class.getResourceAsStream("vswitch.ovsschema")) {
            if (in == null) {
                throw new IllegalStateException("vswitch.ovsschema is not on the test class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OvsdbDatabaseSchema decode() {
        try {
            return OvsdbSchemaDecoder.decode(JSON);
        } catch (OvsdbProtocolException e) {
            throw new IllegalStateException(e);
        }
    }
}
