/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.standalone;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.netconf.transport.http.AbstractBasicAuthHandler;
import org.opendaylight.netconf.transport.http.AuthHandler;
import org.opendaylight.restconf.server.PrincipalService;

/**
 * HTTP Basic authentication (RFC 7617) of the single RESTCONF user, for ODL's Netty RESTCONF endpoint.
 *
 * <p>The endpoint asks twice: the {@link AuthHandler} in the channel pipeline authenticates each request (answering
 * 401 with a {@code WWW-Authenticate} challenge when it fails), then {@link #acquirePrincipal(HttpHeaders)} names the
 * principal for the request. The handler passes the verdict to the second step in an internal header holding a
 * per-process random token, removed from every incoming request first, so a client cannot forge it.
 *
 * <p>Passwords are compared as SHA-256 digests with {@link MessageDigest#isEqual}, in constant time. A password may
 * contain colons: only the first colon of the credentials separates user and password (RFC 7617 section 2).
 */
public final class BasicAuthPrincipalService implements PrincipalService {
    private static final String VERDICT_HEADER = "x-tunnelmesh-authenticated";
    private static final String PREFIX = "Basic ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String user;
    private final byte[] passwordDigest;
    private final String token;
    private final Principal principal;

    /**
     * Creates the service for one user.
     *
     * @param user the user name
     * @param password the user's password
     */
    public BasicAuthPrincipalService(final String user, final String password) {
        this.user = user;
        passwordDigest = digest(password);
        final var random = new byte[16];
        RANDOM.nextBytes(random);
        token = HexFormat.of().formatHex(random);
        principal = () -> user;
    }

    @Override
    public @Nullable Principal acquirePrincipal(final HttpHeaders headers) {
        return token.equals(headers.get(VERDICT_HEADER)) ? principal : null;
    }

    @Override
    public AuthHandler<?> create() {
        return new AbstractBasicAuthHandler<Principal>() {
            @Override
            public @Nullable Principal authenticate(final HttpRequest request) {
                final var headers = request.headers();
                headers.remove(VERDICT_HEADER);
                final var authenticated = check(headers.get(HttpHeaderNames.AUTHORIZATION));
                if (authenticated != null) {
                    headers.set(VERDICT_HEADER, token);
                }
                return authenticated;
            }

            @Override
            protected @Nullable Principal authenticate(final String username, final String password) {
                return user.equals(username) && MessageDigest.isEqual(passwordDigest, digest(password)) ? principal
                    : null;
            }

            private @Nullable Principal check(final @Nullable String header) {
                if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                    return null;
                }
                final String credentials;
                try {
                    credentials = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).strip()),
                        StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
                final int colon = credentials.indexOf(':');
                return colon < 0 ? null : authenticate(credentials.substring(0, colon),
                    credentials.substring(colon + 1));
            }
        };
    }

    private static byte[] digest(final String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
