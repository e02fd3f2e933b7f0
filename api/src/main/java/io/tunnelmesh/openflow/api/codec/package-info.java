/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The codec SPI: how one OpenFlow message type of one version is turned into bytes and back. The implementation
 * module registers one {@link io.tunnelmesh.openflow.api.codec.OfMessageCodec} per (version, type); an extension
 * (Nicira, ONF, a third party's) implements the same interface and registers through the same public builder.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.codec;
