/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a scenario file's line into words at whitespace, except inside a JSON string ({@code "a b"}) or between
 * balanced JSON brackets ({@code {"in_port": 1}}), so that a JSON value may hold spaces.
 */
final class ScenarioWords {
    private ScenarioWords() {
        // Hidden on purpose
    }

    /**
     * The words of a line.
     *
     * @param line the line
     * @return its words, possibly none
     * @throws IllegalArgumentException if a string or bracket is not closed
     */
    static List<String> split(final String line) {
        final var words = new ArrayList<String>();
        final var word = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (quoted) {
                word.append(c);
                if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            }
            word.append(c);
        }
        if (quoted) {
            throw new IllegalArgumentException("a string is not closed: " + word);
        }
        if (depth > 0) {
            throw new IllegalArgumentException("a { or [ is not closed: " + word);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
