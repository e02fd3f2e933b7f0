/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;

/**
 * One live connection of a session: the client and the schema the server announced on it.
 *
 * @param client the client, valid until the connection closes
 * @param schema the monitored database's schema
 */
public record OvsdbSessionConnection(OvsdbClient client, OvsdbDatabaseSchema schema) {
}
