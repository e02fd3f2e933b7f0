/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

/**
 * A message defined outside this package: by an extension (Nicira, ONF) or a third party. Its codec registers
 * through the same public registry builder as the standard codecs do.
 */
public non-sealed interface OfExtensionMessage extends OfMessage {
    // Marker: the open branch of the otherwise sealed message hierarchy.
}
