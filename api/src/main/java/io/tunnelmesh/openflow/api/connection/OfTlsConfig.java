/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import java.nio.file.Path;

/**
 * The key material of the TLS transport: PKCS12 key store (our certificate and key) and trust store (the
 * certificates we trust). Passwords are not shown by {@link #toString()}.
 *
 * @param keyStore the PKCS12 key store
 * @param keyStorePassword its password, also the key's
 * @param trustStore the PKCS12 trust store
 * @param trustStorePassword its password
 * @param mutualAuthentication whether the peer must present a certificate the trust store accepts
 */
public record OfTlsConfig(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword,
        boolean mutualAuthentication) {
    @Override
    public String toString() {
        return "OfTlsConfig[keyStore=" + keyStore + ", trustStore=" + trustStore + ", mutualAuthentication="
            + mutualAuthentication + "]";
    }
}
