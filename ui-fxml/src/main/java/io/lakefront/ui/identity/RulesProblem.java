package io.lakefront.ui.identity;

import java.util.Objects;

/**
 * One thing wrong with rules text, where the editor can show it.
 *
 * @param line   1-based, or 0 when the problem has no place (an empty file)
 * @param column 1-based, or 0 with no place
 */
public record RulesProblem(int line, int column, String message) {
    public RulesProblem {
        Objects.requireNonNull(message, "message");
    }

    /** {@code line 3, column 12: unknown field 'emial' …}, or just the message when it has no place. */
    public String describe() {
        return line <= 0 ? message : "line " + line + ", column " + column + ": " + message;
    }
}
