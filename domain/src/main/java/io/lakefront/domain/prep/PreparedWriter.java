package io.lakefront.domain.prep;

import java.util.List;

/**
 * Writes one preparation of a source: its normalized rows and the values it quarantined. Nothing is
 * visible until {@link #commit()}, which replaces the prepared table and the source's quarantine
 * together; closing without commit leaves both exactly as they were.
 */
public interface PreparedWriter extends AutoCloseable {
    /** @param values one value (or {@code null}) per prepared column */
    void append(long rowNo, List<String> values);

    void quarantine(QuarantinedValue value);

    void commit();

    /** Discards everything written when not committed. */
    @Override
    void close();
}
