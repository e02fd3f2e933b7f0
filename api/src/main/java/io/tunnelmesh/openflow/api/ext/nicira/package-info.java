/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Open vSwitch's Nicira extensions as values (Open vSwitch {@code ovs-fields(7)}, {@code ovs-actions(7)},
 * {@code include/openflow/nicira-ext.h}, {@code lib/ofp-actions.c}):
 * NXM match fields ({@code NXM_NX_*}, class 0x0001), OVS's experimenter OXM fields for NSH ({@code NXOXM_NSH_*},
 * experimenter {@code 0x005ad650}), the OpenFlow 1.5 fields OVS also accepts in OpenFlow 1.3 ({@code packet_type},
 * {@code xreg}), Nicira experimenter messages (experimenter {@code 0x00002320}) and the {@code NXAST_*} experimenter
 * actions ({@code NxAction*}). The fields implement {@link io.tunnelmesh.openflow.api.match.OxmExtensionField}, the
 * messages {@link io.tunnelmesh.openflow.api.message.OfExtensionMessage}, the actions
 * {@link io.tunnelmesh.openflow.api.action.OfActionExtension}; a field that an action names is given by its raw
 * NXM/OXM header ({@link io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef}). Their codecs register through the
 * public registry builder like any third party's.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.ext.nicira;
