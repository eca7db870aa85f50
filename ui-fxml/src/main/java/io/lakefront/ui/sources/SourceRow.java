package io.lakefront.ui.sources;

import io.lakefront.domain.source.SourceKind;

/** One line of the sources table, already in the words and formats the screen shows. */
public record SourceRow(String name, SourceKind kind, String kindLabel, String location, long stagedRows,
                        String stagedText, String lastSync, SourceStatus status) {
    public SourceRow withStatus(SourceStatus newStatus) {
        return new SourceRow(name, kind, kindLabel, location, stagedRows, stagedText, lastSync, newStatus);
    }
}
