/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.openflow.impl.ovs.OvsTlsMaterial;
import io.tunnelmesh.ovsdb.api.OvsdbConnectionClosedException;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link OvsdbConnector} and {@link OvsdbAcceptor} over TLS with mutual authentication against a real
 * {@code ovsdb-server} ({@code --remote=pssl:0:127.0.0.1 --private-key --certificate --ca-cert}), with a CA, a server
 * and a client certificate made by {@code openssl} for the test ({@link OvsTlsMaterial}), and a second CA whose
 * certificates the first does not trust. Both directions: the controller dials {@code ssl:127.0.0.1:PORT}, and
 * {@code ovsdb-server} dials the controller's TLS manager port ({@code ovsdb-server/add-remote ssl:...}). Every
 * refusal names its reason: the TLS alert the server sent, or the certificate path the client could not build. (The
 * two test CAs have the same name, so OpenSSL finds the wrong CA by name and its signature check fails: the alert for
 * a certificate of the other CA is {@code decrypt_error}; the JDK's path validation says it "does not chain".)
 */
@ExtendWith(NettyLeakDetection.class)
class OvsdbTlsIntegrationTest {
    private static final long WAIT_SECONDS = 20;
    private static final OvsdbClientConfig CONFIG = new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 1 << 20);
    private static Path keys;
    private static OvsTlsMaterial material;
    private static OvsTlsMaterial otherCa;
    private static OvsSandbox sandbox;
    private static EventLoopGroup group;

    @BeforeAll
    static void start() throws Exception {
        keys = Files.createTempDirectory("tunnelmesh-ovsdb-keys");
        material = OvsTlsMaterial.generate(Files.createDirectory(keys.resolve("ca")));
        otherCa = OvsTlsMaterial.generate(Files.createDirectory(keys.resolve("other-ca")));
        sandbox = OvsSandbox.startDatabaseWithTls(material.switchKey(), material.switchCertificate(),
            material.caCertificate());
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stop() throws Exception {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        sandbox.close();
        try (Stream<Path> files = Files.walk(keys)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** The controller's material as the service is configured with it: three PEM files. */
    private static OvsdbTlsFiles controllerFiles() {
        return OvsdbTlsFiles.of(material.controllerKey().toString(), material.controllerCertificate().toString(),
            material.caCertificate().toString()).orElseThrow();
    }

    @Test
    void tlsFilesAreAllOrNoneAndMustBeReadable() {
        assertEquals(Optional.empty(), OvsdbTlsFiles.of("", "", ""));
        final var some = assertThrows(IllegalArgumentException.class,
            () -> OvsdbTlsFiles.of(material.controllerKey().toString(), "", ""));
        assertTrue(some.getMessage().contains("all three"), some.getMessage());
        final var missing = assertThrows(IllegalArgumentException.class, () -> OvsdbTlsFiles.of(
            material.controllerKey().toString(), keys.resolve("nothing.pem").toString(),
            material.caCertificate().toString()));
        assertTrue(missing.getMessage().contains("nothing.pem cannot be read"), missing.getMessage());
        // a certificate where the key belongs: refused when the context is built, naming the files
        final var swapped = new OvsdbTlsFiles(material.controllerCertificate(), material.controllerCertificate(),
            material.caCertificate());
        final var refused = assertThrows(IllegalArgumentException.class, swapped::clientContext);
        assertTrue(refused.getMessage().startsWith("OVSDB TLS material"), refused.getMessage());
    }

    /** A client context: this key and certificate, trusting that CA, without host name check (as OVS). */
    private static SslContext client(final Optional<OvsTlsMaterial> own, final OvsTlsMaterial trusted)
            throws SSLException {
        final var builder = SslContextBuilder.forClient().trustManager(trusted.caCertificate().toFile())
            .endpointIdentificationAlgorithm(null);
        own.ifPresent(mine -> builder.keyManager(mine.controllerCertificate().toFile(),
            mine.controllerKey().toFile()));
        return builder.build();
    }

    private static OvsdbTarget target() throws Exception {
        return OvsdbTarget.parse("ssl:127.0.0.1:" + sandbox.dbTcpAddress().getPort());
    }

    @Test
    void mutualAuthenticationListsDatabasesAndTransacts() throws Exception {
        // the context the service builds from its configured PEM files
        final var connector = new OvsdbConnector(group, CONFIG, Optional.of(controllerFiles().clientContext()));
        try (var client = connector.connect(target()).get(WAIT_SECONDS, TimeUnit.SECONDS)) {
            assertTrue(client.listDbs().get(WAIT_SECONDS, TimeUnit.SECONDS).contains("Open_vSwitch"));
            final var schema = client.getSchema("Open_vSwitch").get(WAIT_SECONDS, TimeUnit.SECONDS);
            final var result = client.transact(schema, List.of(
                new OvsdbInsert("Bridge", new OvsdbRow(Map.of("name", OvsdbAtom.of("br-tls"))), "bridge"),
                new OvsdbMutate("Open_vSwitch", List.of(), List.of(
                    OvsdbMutation.insert("bridges", OvsdbSet.of(new OvsdbNamedUuid("bridge"))))))).get(WAIT_SECONDS,
                        TimeUnit.SECONDS);
            assertEquals(Optional.empty(), result.failure(), result.toString());
            assertTrue(sandbox.vsctl("list-br").lines().toList().contains("br-tls"), "ovs-vsctl sees the bridge");
        }
    }

    @Test
    void clientWithoutCertificateIsRefusedWithTheServersAlert() throws Exception {
        final var connector = new OvsdbConnector(group, CONFIG, Optional.of(client(Optional.empty(), material)));
        assertRefusedByTheServer(connector);
    }

    @Test
    void clientCertificateOfAnotherCaIsRefusedWithTheServersAlert() throws Exception {
        final var connector = new OvsdbConnector(group, CONFIG, Optional.of(client(Optional.of(otherCa), material)));
        assertRefusedByTheServer(connector);
    }

    /**
     * The server refuses the client's certificate with a fatal alert: during the handshake (TLS 1.2), so that
     * connecting fails, or after it (TLS 1.3, where the client finishes first), so that the first request fails
     * with the connection. The client names the alert when it reads it; when the server's reset overtakes the alert
     * (Linux drops unread data on a reset) the connection is closed without it. Either way {@code ovsdb-server} logs
     * one more {@code SSL_accept} error: the refusal was the server's, not some other failure.
     */
    private static void assertRefusedByTheServer(final OvsdbConnector connector) throws Exception {
        final long refusalsBefore = serverRefusals();
        final var e = assertThrows(ExecutionException.class, () -> {
            try (var client = connector.connect(target()).get(WAIT_SECONDS, TimeUnit.SECONDS)) {
                client.listDbs().get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
        });
        final var cause = e.getCause() instanceof OvsdbConnectionClosedException closed ? closed.getCause()
            : e.getCause();
        if (cause instanceof SSLException ssl) {
            assertTrue(ssl.getMessage().contains("Received fatal alert: "), e.toString());
        } else {
            // closed before the request, or reset while connecting
            assertTrue(e.getCause() instanceof OvsdbConnectionClosedException || cause instanceof IOException,
                e.toString());
        }
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (serverRefusals() == refusalsBefore && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(refusalsBefore + 1, serverRefusals(), sandbox.dbLog());
    }

    private static long serverRefusals() {
        return sandbox.dbLog().lines().filter(line -> line.contains("|stream_ssl|WARN|SSL_accept: error")).count();
    }

    @Test
    void serverCertificateOfAnotherCaIsRefusedByTheClient() throws Exception {
        final var connector = new OvsdbConnector(group, CONFIG, Optional.of(client(Optional.of(material), otherCa)));
        final var e = assertThrows(ExecutionException.class,
            () -> connector.connect(target()).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(SSLHandshakeException.class, e.getCause(), e.toString());
        assertTrue(e.getCause().getMessage().contains("PKIX path"), e.toString());
    }

    @Test
    void ovsdbServerDialsTheTlsManagerPort() throws Exception {
        final var server = controllerFiles().serverContext();
        final BlockingQueue<OvsdbJsonRpcClient> accepted = new LinkedBlockingQueue<>();
        final var channel = new OvsdbAcceptor(group, CONFIG, Optional.of(server))
            .listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), accepted::add)
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
        final var remote = "ssl:127.0.0.1:" + ((InetSocketAddress) channel.localAddress()).getPort();
        sandbox.dbAppctl("ovsdb-server/add-remote", remote);
        try (var client = accepted.poll(WAIT_SECONDS, TimeUnit.SECONDS)) {
            assertNotNull(client, "ovsdb-server did not dial " + remote);
            assertTrue(client.listDbs().get(WAIT_SECONDS, TimeUnit.SECONDS).contains("Open_vSwitch"));
        } finally {
            sandbox.dbAppctl("ovsdb-server/remove-remote", remote);
            channel.close().syncUninterruptibly();
        }
    }

    @Test
    void tlsManagerPortRefusesANodeOfAnotherCa() throws Exception {
        final var server = SslContextBuilder.forServer(otherCa.controllerCertificate().toFile(),
            otherCa.controllerKey().toFile()).trustManager(otherCa.caCertificate().toFile())
            .clientAuth(ClientAuth.REQUIRE).build();
        final BlockingQueue<OvsdbJsonRpcClient> accepted = new LinkedBlockingQueue<>();
        final var channel = new OvsdbAcceptor(group, CONFIG, Optional.of(server))
            .listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), accepted::add)
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
        final var remote = "ssl:127.0.0.1:" + ((InetSocketAddress) channel.localAddress()).getPort();
        sandbox.dbAppctl("ovsdb-server/add-remote", remote);
        try (var client = accepted.poll(WAIT_SECONDS, TimeUnit.SECONDS)) {
            assertNotNull(client, "ovsdb-server did not dial " + remote);
            final var e = assertThrows(ExecutionException.class,
                () -> client.listDbs().get(WAIT_SECONDS, TimeUnit.SECONDS));
            final var closed = assertInstanceOf(OvsdbConnectionClosedException.class, e.getCause());
            assertInstanceOf(SSLException.class, closed.getCause(), closed.toString());
        } finally {
            sandbox.dbAppctl("ovsdb-server/remove-remote", remote);
            channel.close().syncUninterruptibly();
        }
    }

    @Test
    void refusesTlsOnAUnixSocket() throws Exception {
        final var server = SslContextBuilder.forServer(material.controllerCertificate().toFile(),
            material.controllerKey().toFile()).build();
        final var e = assertThrows(ExecutionException.class, () -> new OvsdbAcceptor(group, CONFIG,
            Optional.of(server)).listen(UnixDomainSocketAddress.of(sandbox.directory().resolve("tls.sock")),
                client -> { }).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("cannot listen on punix:" + sandbox.directory().resolve("tls.sock")
            + " with TLS: Open vSwitch has no TLS over Unix sockets",
            assertInstanceOf(IllegalArgumentException.class, e.getCause()).getMessage());
    }
}
