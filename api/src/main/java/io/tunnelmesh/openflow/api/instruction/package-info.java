/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * OpenFlow 1.3 instructions (OpenFlow 1.3.5 section 7.2.4): one record per instruction under the sealed
 * {@link io.tunnelmesh.openflow.api.instruction.OfInstruction}; experimenter instructions and unknown types are
 * kept opaque and re-encode byte for byte.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.instruction;
