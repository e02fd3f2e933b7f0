/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The immutable codec registry, keyed by (version, type) for decoding and by (version, message class) for encoding,
 * and the wire primitives every version's codecs share.
 */
package io.tunnelmesh.openflow.impl.codec;
