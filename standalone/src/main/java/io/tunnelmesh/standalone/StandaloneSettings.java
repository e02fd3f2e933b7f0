/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.standalone;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.ovsdb.impl.client.OvsdbTlsFiles;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the standalone controller, from the command line and the environment (the command line wins).
 *
 * <pre>
 *   --restconf-address ADDR   TUNNELMESH_RESTCONF_ADDRESS   default 127.0.0.1
 *   --restconf-port PORT      TUNNELMESH_RESTCONF_PORT      default 8181
 *   --restconf-max-body BYTES TUNNELMESH_RESTCONF_MAX_BODY  default 16 MiB (the largest request body over HTTP/1.1)
 *   --cluster-port PORT       TUNNELMESH_CLUSTER_PORT       default 2550 (the datastore's Pekko remoting, on 127.0.0.1)
 *   --openflow-address ADDR   TUNNELMESH_OPENFLOW_ADDRESS   default 0.0.0.0 (switches connect from other hosts)
 *   --openflow-port PORT      TUNNELMESH_OPENFLOW_PORT      default 6653 (IANA's OpenFlow port)
 *   --ovsdb-manager-address ADDR  TUNNELMESH_OVSDB_MANAGER_ADDRESS  default 0.0.0.0
 *   --ovsdb-manager-port PORT     TUNNELMESH_OVSDB_MANAGER_PORT     default 6640 (IANA's OVSDB port); 0 turns it off
 *   --ovsdb-tls-private-key FILE, --ovsdb-tls-certificate FILE, --ovsdb-tls-ca-certificate FILE
 *                                 TUNNELMESH_OVSDB_TLS_PRIVATE_KEY, _CERTIFICATE, _CA_CERTIFICATE   all or none
 * </pre>
 *
 * @param restconfAddress the address RESTCONF listens on
 * @param restconfPort the RESTCONF TCP port
 * @param restconfMaxBody the largest RESTCONF request body accepted, in bytes
 * @param clusterPort the TCP port of the single-node cluster's remoting, bound to 127.0.0.1
 * @param openflowAddress the address the OpenFlow switch connection provider listens on
 * @param openflowPort the OpenFlow TCP port
 * @param ovsdbManagerAddress the address nodes without an {@code ovsdb-address} dial
 * @param ovsdbManagerPort their OVSDB manager port; 0 when off
 * @param ovsdbTls the OVSDB TLS material (for {@code ssl:} nodes and a TLS manager port), if given
 */
public record StandaloneSettings(String restconfAddress, int restconfPort, int restconfMaxBody, int clusterPort,
        InetAddress openflowAddress, int openflowPort, InetAddress ovsdbManagerAddress, int ovsdbManagerPort,
        Optional<OvsdbTlsFiles> ovsdbTls) {
    /** The default largest RESTCONF request body: 16 MiB, room for a network of 100,000 ports in one PUT. */
    public static final int DEFAULT_RESTCONF_MAX_BODY = 16 << 20;
    /** The smallest limit accepted: ODL's own, 16 KiB. */
    public static final int MIN_RESTCONF_MAX_BODY = 16 << 10;

    /** The usage text printed for --help and bad arguments. */
    public static final String USAGE = """
        usage: tunnelmesh run [--data-dir DIR] [--restconf-address ADDR] [--restconf-port PORT]
                              [--restconf-max-body BYTES] [--cluster-port PORT]
                              [--openflow-address ADDR] [--openflow-port PORT]
                              [--ovsdb-manager-address ADDR] [--ovsdb-manager-port PORT]
                              [--ovsdb-tls-private-key FILE --ovsdb-tls-certificate FILE
                               --ovsdb-tls-ca-certificate FILE]
          --data-dir DIR           where the datastore, the logs and the generated admin password live (./data)
          --restconf-address ADDR  address RESTCONF listens on (127.0.0.1)
          --restconf-port PORT     RESTCONF port (8181)
          --restconf-max-body BYTES  largest request body accepted (16777216); a larger one gets 413 too-big
          --cluster-port PORT      port of the datastore's cluster remoting, on 127.0.0.1 (2550)
          --openflow-address ADDR  address OpenFlow switches connect to (0.0.0.0: every interface)
          --openflow-port PORT     OpenFlow port (6653)
          --ovsdb-manager-address ADDR  address nodes without an ovsdb-address dial (0.0.0.0)
          --ovsdb-manager-port PORT     OVSDB manager port (6640); 0 turns it off
          --ovsdb-tls-private-key FILE, --ovsdb-tls-certificate FILE, --ovsdb-tls-ca-certificate FILE
                                   OVSDB TLS (PEM; as ovs-vsctl set-ssl takes them): ssl: nodes are dialled with
                                   it and the manager port speaks TLS; all three or none
        environment: TUNNELMESH_ADMIN_PASSWORD (password of user admin), TUNNELMESH_RESTCONF_ADDRESS,
          TUNNELMESH_RESTCONF_PORT, TUNNELMESH_RESTCONF_MAX_BODY, TUNNELMESH_CLUSTER_PORT,
          TUNNELMESH_OPENFLOW_ADDRESS, TUNNELMESH_OPENFLOW_PORT, TUNNELMESH_OVSDB_MANAGER_ADDRESS,
          TUNNELMESH_OVSDB_MANAGER_PORT, TUNNELMESH_OVSDB_TLS_PRIVATE_KEY, TUNNELMESH_OVSDB_TLS_CERTIFICATE,
          TUNNELMESH_OVSDB_TLS_CA_CERTIFICATE""".strip(); // not a constant: one copy, not one per class using it

    public StandaloneSettings {
        requireNonNull(restconfAddress);
        checkPort("restconf-port", restconfPort);
        if (restconfMaxBody < MIN_RESTCONF_MAX_BODY) {
            throw new IllegalArgumentException("restconf-max-body must be at least " + MIN_RESTCONF_MAX_BODY
                + " bytes, not " + restconfMaxBody);
        }
        checkPort("cluster-port", clusterPort);
        requireNonNull(openflowAddress);
        checkPort("openflow-port", openflowPort);
        requireNonNull(ovsdbManagerAddress);
        requireNonNull(ovsdbTls);
        if (ovsdbManagerPort != 0) {
            checkPort("ovsdb-manager-port", ovsdbManagerPort);
        }
    }

    /**
     * Parses the command line over the environment.
     *
     * @param args the command line
     * @param env the environment
     * @return the settings
     * @throws IllegalArgumentException with a message for the user when an argument is wrong
     */
    public static StandaloneSettings parse(final String[] args, final Map<String, String> env) {
        var address = env.getOrDefault("TUNNELMESH_RESTCONF_ADDRESS", "127.0.0.1");
        var port = env.getOrDefault("TUNNELMESH_RESTCONF_PORT", "8181");
        var maxBody = env.getOrDefault("TUNNELMESH_RESTCONF_MAX_BODY", Integer.toString(DEFAULT_RESTCONF_MAX_BODY));
        var cluster = env.getOrDefault("TUNNELMESH_CLUSTER_PORT", "2550");
        var openflowAddress = env.getOrDefault("TUNNELMESH_OPENFLOW_ADDRESS", "0.0.0.0");
        var openflowPort = env.getOrDefault("TUNNELMESH_OPENFLOW_PORT", "6653");
        var managerAddress = env.getOrDefault("TUNNELMESH_OVSDB_MANAGER_ADDRESS", "0.0.0.0");
        var managerPort = env.getOrDefault("TUNNELMESH_OVSDB_MANAGER_PORT", "6640");
        var tlsKey = env.getOrDefault("TUNNELMESH_OVSDB_TLS_PRIVATE_KEY", "");
        var tlsCertificate = env.getOrDefault("TUNNELMESH_OVSDB_TLS_CERTIFICATE", "");
        var tlsCa = env.getOrDefault("TUNNELMESH_OVSDB_TLS_CA_CERTIFICATE", "");
        for (int i = 0; i < args.length; i++) {
            final var arg = args[i];
            final var value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--restconf-address" -> address = required(arg, value);
                case "--restconf-port" -> port = required(arg, value);
                case "--restconf-max-body" -> maxBody = required(arg, value);
                case "--cluster-port" -> cluster = required(arg, value);
                case "--openflow-address" -> openflowAddress = required(arg, value);
                case "--openflow-port" -> openflowPort = required(arg, value);
                case "--ovsdb-manager-address" -> managerAddress = required(arg, value);
                case "--ovsdb-manager-port" -> managerPort = required(arg, value);
                case "--ovsdb-tls-private-key" -> tlsKey = required(arg, value);
                case "--ovsdb-tls-certificate" -> tlsCertificate = required(arg, value);
                case "--ovsdb-tls-ca-certificate" -> tlsCa = required(arg, value);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
            i++;
        }
        return new StandaloneSettings(address, number("restconf-port", port), number("restconf-max-body", maxBody),
            number("cluster-port", cluster),
            literalAddress("openflow-address", openflowAddress), number("openflow-port", openflowPort),
            literalAddress("ovsdb-manager-address", managerAddress), number("ovsdb-manager-port", managerPort),
            OvsdbTlsFiles.of(tlsKey, tlsCertificate, tlsCa));
    }

    private static InetAddress literalAddress(final String option, final String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + " must be an address this host can listen on, not " + value,
                e);
        }
    }

    private static String required(final String option, final String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int number(final String option, final String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not " + value, e);
        }
    }

    private static void checkPort(final String option, final int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(option + " must be in 1..65535, not " + port);
        }
    }
}
