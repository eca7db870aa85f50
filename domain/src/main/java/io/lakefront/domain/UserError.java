package io.lakefront.domain;

/**
 * A problem the user can fix: bad input, a missing file, an unknown name. The message names what
 * and where (file, line, field, word) in one line. The command line maps it to exit code 1.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
