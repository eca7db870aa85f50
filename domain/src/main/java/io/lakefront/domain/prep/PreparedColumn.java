package io.lakefront.domain.prep;

import java.util.Objects;

/** One column of a prepared table: its name as the source wrote it, and what it holds. */
public record PreparedColumn(String name, ColumnTag tag) {
    public PreparedColumn {
        name = name == null ? "" : name;
        Objects.requireNonNull(tag, "tag");
    }
}
