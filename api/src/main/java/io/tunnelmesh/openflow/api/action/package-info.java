/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * OpenFlow 1.3 actions (OpenFlow 1.3.5 section 7.2.5): one record per action under the sealed
 * {@link io.tunnelmesh.openflow.api.action.OfAction}; experimenter actions and action types this library does not
 * model are kept opaque and re-encode byte for byte.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.openflow.api.action;
