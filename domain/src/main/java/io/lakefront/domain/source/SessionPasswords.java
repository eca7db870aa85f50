package io.lakefront.domain.source;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Database passwords typed in the workbench, kept in memory for this session only. A source's options
 * are saved in plain text and there is no secret store yet, so a password is never saved with its
 * source: after a restart, the source connects without one until it is typed again.
 */
public final class SessionPasswords {
    /** The reader option that carries a database password ({@code JdbcSourceReader}'s {@code password}). */
    public static final String OPTION = "password";

    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    /** Remembers the password of a source for this session; a blank one forgets it. */
    public void remember(String sourceName, String password) {
        Objects.requireNonNull(sourceName, "sourceName");
        if (password == null || password.isEmpty()) {
            passwords.remove(sourceName);
        } else {
            passwords.put(sourceName, password);
        }
    }

    public boolean has(String sourceName) {
        return passwords.containsKey(sourceName);
    }

    /** The source with its session password among its options, when one was typed. */
    public Source withPassword(Source source) {
        String password = passwords.get(source.name());
        if (password == null || source.options().containsKey(OPTION)) {
            return source;
        }
        Map<String, String> options = new HashMap<>(source.options());
        options.put(OPTION, password);
        return new Source(source.name(), source.kind(), source.location(), options, source.addedAt());
    }

    /** A reader that opens each source with its session password. */
    public SourceReader around(SourceReader reader) {
        return new SourceReader() {
            @Override
            public RowStream open(Source source) throws IOException {
                return reader.open(withPassword(source));
            }

            @Override
            public RowStream openNewerThan(Source source, Watermark watermark) throws IOException {
                return reader.openNewerThan(withPassword(source), watermark);
            }
        };
    }
}
