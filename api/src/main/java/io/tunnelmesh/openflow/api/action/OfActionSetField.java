/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

import io.tunnelmesh.openflow.api.match.OxmField;

/**
 * {@code OFPAT_SET_FIELD} (type 25, a multiple of 8 bytes, OpenFlow 1.3.5 section 7.2.5): rewrite a
 * header field with the value of an OXM TLV.
 * <pre>
 *   | type = 25 (16) | len (16) | OXM TLV (header and value, no mask) | zero pad to 8 bytes |
 * </pre>
 *
 * @param field the field and its new value
 */
public record OfActionSetField(OxmField field) implements OfAction {
    /**
     * Set a field.
     *
     * @param field the field and its new value
     * @return the action
     */
    public static OfActionSetField of(final OxmField field) {
        return new OfActionSetField(field);
    }
}
