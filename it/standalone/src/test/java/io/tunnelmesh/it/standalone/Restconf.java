/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A RESTCONF client for the tests: JSON bodies ({@code application/yang-data+json}), HTTP Basic credentials.
 */
public final class Restconf {
    static final String MEDIA_TYPE = "application/yang-data+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final @Nullable String authorization;

    public Restconf(final int port, final @Nullable String user, final @Nullable String password) {
        base = "http://127.0.0.1:" + port + "/rests/data/";
        authorization = user == null ? null : "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response: status and parsed body (a missing node when the body is empty). */
    public record Reply(int status, JsonNode body) {
        public String errorTag() {
            return body.path("errors").path("error").path(0).path("error-tag").asText();
        }

        public String errorMessage() {
            return body.path("errors").path("error").path(0).path("error-message").asText();
        }
    }

    public Reply put(final String path, final String json) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", MEDIA_TYPE));
    }

    /**
     * Merges into a resource: a plain patch ({@code PATCH}, RFC 8040 section 4.6.1).
     *
     * @param path the resource
     * @param json what to merge
     * @return the reply
     */
    public Reply patch(final String path, final String json) throws IOException, InterruptedException {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", MEDIA_TYPE));
    }

    public Reply get(final String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Reply delete(final String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /**
     * Invokes an operation ({@code POST /rests/operations/NAME}).
     *
     * @param operation the operation, such as {@code tunnelmesh:reconcile-node}
     * @param json the input
     * @return the reply
     */
    public Reply invoke(final String operation, final String json) throws IOException, InterruptedException {
        return send(request("../operations/" + operation).POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", MEDIA_TYPE));
    }

    // normalize(): invoke() reaches /rests/operations through "../", which the server refuses verbatim
    private HttpRequest.Builder request(final String path) {
        final var builder = HttpRequest.newBuilder(URI.create(base + path).normalize())
            .timeout(Duration.ofSeconds(120))
            .header("Accept", MEDIA_TYPE);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(final HttpRequest.Builder request) throws IOException, InterruptedException {
        final var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        final var text = response.body();
        return new Reply(response.statusCode(), text == null || text.isBlank() ? MAPPER.missingNode()
            : MAPPER.readTree(text));
    }
}
