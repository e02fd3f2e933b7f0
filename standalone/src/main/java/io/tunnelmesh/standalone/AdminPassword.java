/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.standalone;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The password of RESTCONF user {@code admin}. There is no built-in default: it comes from the environment
 * variable {@value #ENVIRONMENT_VARIABLE}, or else from the file {@value #FILE_NAME} in the data directory, which the
 * first start creates with a random password, readable only by its owner.
 *
 * @param password the password
 * @param source where it came from
 * @param file the password file, for {@link Source#FILE} and {@link Source#GENERATED}
 */
public record AdminPassword(String password, Source source, Path file) {
    /** The environment variable that sets the password. */
    public static final String ENVIRONMENT_VARIABLE = "TUNNELMESH_ADMIN_PASSWORD";
    /** The file in the data directory that holds a generated password. */
    public static final String FILE_NAME = "admin-password";

    private static final int RANDOM_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a password came from. */
    public enum Source {
        /** The environment variable. */
        ENVIRONMENT,
        /** The password file, written by an earlier start. */
        FILE,
        /** Generated now and written to the password file. */
        GENERATED
    }

    public AdminPassword {
        requireNonNull(password);
        requireNonNull(source);
        requireNonNull(file);
    }

    /**
     * Finds or creates the password.
     *
     * @param dataDir the data directory
     * @param env the environment
     * @return the password
     * @throws IOException if the password file cannot be read or written
     */
    public static AdminPassword resolve(final Path dataDir, final Map<String, String> env) throws IOException {
        final var file = dataDir.resolve(FILE_NAME);
        final var fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return new AdminPassword(fromEnv, Source.ENVIRONMENT, file);
        }
        if (Files.exists(file)) {
            final var stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (stored.isEmpty()) {
                throw new IOException(file + " is empty: delete it to generate a new password, or set "
                    + ENVIRONMENT_VARIABLE);
            }
            return new AdminPassword(stored, Source.FILE, file);
        }
        final var bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        final var generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(dataDir);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // another start won the race: use its password
            return resolve(dataDir, Map.of());
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the directory's own permissions protect the file
            Files.createFile(file);
        }
        Files.writeString(file, generated + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return new AdminPassword(generated, Source.GENERATED, file);
    }

    @Override
    public String toString() {
        return "AdminPassword[source=" + source + ", file=" + file + "]";
    }
}
