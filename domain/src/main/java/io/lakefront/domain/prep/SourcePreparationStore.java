package io.lakefront.domain.prep;

import java.util.Optional;

/**
 * Port: each source's preparation settings, which the user may edit ({@code sources/<name>.yaml}).
 * A file the user broke is a {@link io.lakefront.domain.UserError} naming file, line and column.
 */
public interface SourcePreparationStore {
    /** Empty when the source was never prepared (or its file holds no column settings yet). */
    Optional<SourcePreparation> load(String sourceName);

    void save(SourcePreparation preparation);

    /** Where the settings live, for messages ({@code sources/crm.yaml}). */
    String describe(String sourceName);
}
