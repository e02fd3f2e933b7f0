/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Open vSwitch's Nicira extensions (experimenter id {@code 0x00002320}) in OpenFlow 1.3: the {@code NXAST_*}
 * experimenter actions as {@code NxAction*} records on the open
 * {@link io.tunnelmesh.openflow.api.action.OfActionExtension} branch, with the wire layouts Open vSwitch 3.1 uses
 * ({@code lib/ofp-actions.c}, {@code include/openvswitch/nicira-ext.h}). A field that an action names is given by
 * its raw NXM/OXM header ({@link io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef}).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.ext.nicira;
