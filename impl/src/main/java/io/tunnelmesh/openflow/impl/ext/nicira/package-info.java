/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Codecs for Open vSwitch's Nicira extensions ({@code io.tunnelmesh.openflow.api.ext.nicira}): NXM and NSH match
 * fields ({@link io.tunnelmesh.openflow.impl.ext.nicira.NiciraOxmCodecs}), Nicira experimenter messages
 * ({@link io.tunnelmesh.openflow.impl.ext.nicira.NiciraMessageCodecs}) and {@code NXAST_*} actions
 * ({@link io.tunnelmesh.openflow.impl.ext.nicira.NiciraActionCodecs}), added to a registry with
 * {@link io.tunnelmesh.openflow.impl.ext.nicira.NiciraExtensions#addTo} through the same public builder methods a
 * third party's extension would use.
 */
package io.tunnelmesh.openflow.impl.ext.nicira;
