/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * JSON to OVSDB values and back, as pure functions of a Jackson tree and a schema: the value notation (RFC 7047
 * section 5.1), schemas (section 3.2), operations and their results (section 5.2), monitor requests and update
 * notifications (sections 4.1.5 to 4.1.7, and Open vSwitch's {@code update2} and {@code update3}).
 *
 * <p>Decoders never trust the wire: every failure is an {@link io.tunnelmesh.ovsdb.api.OvsdbProtocolException} naming
 * what was expected and where, never another exception, so they can be fuzzed directly.
 */
package io.tunnelmesh.ovsdb.impl.codec;
