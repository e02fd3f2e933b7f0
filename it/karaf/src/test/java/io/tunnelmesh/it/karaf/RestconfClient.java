/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.karaf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A RESTCONF (RFC 8040) client for the data resource of one server, speaking JSON (RFC 7951) with HTTP basic
 * authentication.
 */
final class RestconfClient implements AutoCloseable {
    private static final String YANG_JSON = "application/yang-data+json";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String dataResource;
    private final String authorization;

    /**
     * A client of the data resource under {@code http://127.0.0.1:<port>/rests/data/}.
     *
     * @param port the HTTP port
     * @param user the user name
     * @param password the password
     */
    RestconfClient(final int port, final String user, final String password) {
        dataResource = "http://127.0.0.1:" + port + "/rests/data/";
        authorization = "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates or replaces a data resource (RFC 8040 section 4.5).
     *
     * @param path the path below /rests/data/, e.g. {@code tunnelmesh:tunnelmesh/node=n1}
     * @param json the body
     * @return the response
     * @throws IOException if the exchange fails
     * @throws InterruptedException if interrupted
     */
    HttpResponse<String> put(final String path, final String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", YANG_JSON)
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * Reads a data resource (RFC 8040 section 4.3).
     *
     * @param path the path below /rests/data/, with query parameters if any
     * @return the response
     * @throws IOException if the exchange fails
     * @throws InterruptedException if interrupted
     */
    HttpResponse<String> get(final String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /**
     * Reads a data resource without credentials.
     *
     * @param path the path below /rests/data/
     * @return the response
     * @throws IOException if the exchange fails
     * @throws InterruptedException if interrupted
     */
    HttpResponse<String> getAnonymously(final String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT)
            .header("Accept", YANG_JSON).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // Not URI.resolve(): a path starting "tunnelmesh:" would read as a URI with scheme "tunnelmesh"
    private URI uri(final String path) {
        return URI.create(dataResource + path);
    }

    private HttpRequest.Builder request(final String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT)
            .header("Accept", YANG_JSON)
            .header("Authorization", authorization);
    }

    private HttpResponse<String> send(final HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        http.close();
    }
}
