/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

import java.util.regex.Pattern;

/**
 * A named UUID (RFC 7047 section 5.1), on the wire {@code ["named-uuid", "new_bridge"]}: within one {@code transact}
 * request it stands for the UUID of the row that an earlier {@code insert} with {@code "uuid-name": "new_bridge"}
 * creates, so one transaction can create a row and refer to it.
 *
 * @param name the name, an {@code <id>}: a letter or underscore, then letters, digits and underscores
 */
public record OvsdbNamedUuid(String name) implements OvsdbAtom {
    private static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    /**
     * A named UUID.
     *
     * @throws IllegalArgumentException if {@code name} is not an {@code <id>} (RFC 7047 section 3.1)
     */
    public OvsdbNamedUuid {
        if (!ID.matcher(name).matches()) {
            throw new IllegalArgumentException("not an <id> (RFC 7047 section 3.1): \"" + name + "\"");
        }
    }

    @Override
    public OvsdbAtomicType type() {
        return OvsdbAtomicType.UUID;
    }

    /**
     * The atom as its JSON text shows it, for messages.
     *
     * @return such as {@code 5} or {@code "br-int"}
     */
    @Override
    public String toString() {
        return "named-uuid " + name;
    }
}
