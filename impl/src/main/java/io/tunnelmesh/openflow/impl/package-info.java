/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The OpenFlow protocol library's implementation: codecs for the message model of
 * {@code io.tunnelmesh.openflow.api} ({@code codec}, {@code codec.v13}) and the Netty pipeline that frames, decodes
 * and encodes OpenFlow on a channel ({@code pipeline}).
 */
package io.tunnelmesh.openflow.impl;
