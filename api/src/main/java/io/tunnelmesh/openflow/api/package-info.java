/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OpenFlow protocol library's public vocabulary: protocol versions and the small value types (opaque bytes,
 * MAC addresses) that messages, match fields and actions are built from.
 *
 * <p>Sub-packages hold the message model ({@code message}), the OXM match ({@code match}), actions
 * ({@code action}), instructions ({@code instruction}) and the codec SPI ({@code codec}).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api;
