/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The ONF bundle extension for OpenFlow 1.3 (ONF extension 230, experimenter {@code 0x4f4e4600}): the bundle control
 * and bundle add messages with the semantics of OpenFlow 1.4 section 7.3.9 (OpenFlow Switch Specification 1.4.1),
 * carried as {@code OFPT_EXPERIMENTER} messages of types 2300 and 2301. A bundle groups flow, group and port
 * modifications that a switch applies all together or not at all.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.ext.onf;
