/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

/**
 * An OpenFlow 1.3 action (OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_header}). Every action starts with a type
 * and a length that counts the whole action and is a multiple of 8.
 * <pre>
 *   +---------------+---------------+-----------------------------------+
 *   | type (16)     | len (16)      | body, len - 4 bytes               |
 *   +---------------+---------------+-----------------------------------+
 * </pre>
 */
public sealed interface OfAction permits OfActionOutput, OfActionGroup, OfActionSetField, OfActionPushVlan,
        OfActionPopVlan, OfActionSetQueue, OfActionDecNwTtl, OfActionExperimenter, OfActionUnknown, OfActionExtension,
        OfActionCopyTtlOut, OfActionCopyTtlIn, OfActionSetMplsTtl, OfActionDecMplsTtl, OfActionPushMpls,
        OfActionPopMpls, OfActionSetNwTtl, OfActionPushPbb, OfActionPopPbb {
    // Sealed: one record per modelled action.
}
