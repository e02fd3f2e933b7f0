/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The operator's intent as plain values, read from the datastore, and its validation: the checks a commit cohort
 * runs before any intent is accepted.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.tunnelmesh.tunnel.impl.intent;
