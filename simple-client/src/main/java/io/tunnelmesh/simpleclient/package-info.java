/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * simple-client: the switch emulator and the codec command line tools, built on the production OpenFlow codecs
 * ({@code io.tunnelmesh.openflow.impl.OpenFlowCodecs}), never on a copy of them.
 */
package io.tunnelmesh.simpleclient;
