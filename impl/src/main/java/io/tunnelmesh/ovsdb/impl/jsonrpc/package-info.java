/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * JSON-RPC 1.0 over a byte stream, as RFC 7047 section 4 uses it, in the pipeline stages that {@link
 * io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage} names: the frame decoder cuts the stream into JSON objects
 * with Jackson's non-blocking parser (the pure {@link io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcFramer}), enforcing a
 * maximum message size; the message decoder classifies objects into requests, notifications and responses; the
 * shared encoder writes messages; the endpoint correlates responses with requests by id, times requests out,
 * answers {@code echo} and refuses unknown methods.
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;
