/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

/**
 * A scenario file that cannot be read as a scenario: where ({@code file:line}) and why.
 */
public final class ScenarioFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    /**
     * An error on a line.
     *
     * @param file the file's name
     * @param line the line, from 1
     * @param reason what is wrong
     */
    public ScenarioFileException(final String file, final int line, final String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /**
     * An error on a line, found by a check that threw.
     *
     * @param file the file's name
     * @param line the line, from 1
     * @param reason what is wrong
     * @param cause the check's exception
     */
    public ScenarioFileException(final String file, final int line, final String reason, final Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /**
     * The file's name.
     *
     * @return the name
     */
    public String file() {
        return file;
    }

    /**
     * The line, from 1.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * What is wrong.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
