package io.lakefront.domain.prep;

import java.util.List;
import java.util.Objects;

/** The preparation settings of one source ({@code sources/<name>.yaml}): one entry a column, in source order. */
public record SourcePreparation(String source, List<ColumnPreparation> columns) {
    public SourcePreparation {
        Objects.requireNonNull(source, "source");
        columns = List.copyOf(columns);
    }
}
