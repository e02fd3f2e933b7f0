/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Codecs of Open vSwitch's Nicira extensions (experimenter id {@code 0x00002320}) for OpenFlow 1.3, registered
 * through the same public {@link io.tunnelmesh.openflow.impl.codec.OfCodecRegistry.Builder} a third party would use:
 * {@link io.tunnelmesh.openflow.impl.ext.nicira.NiciraActionCodecs#all()} for the {@code NXAST_*} actions.
 */
package io.tunnelmesh.openflow.impl.ext.nicira;
