package io.lakefront.domain.identity.workspace;

import java.util.Objects;

/**
 * How a run used one prepared source: its records resolved as people, or left out of resolution and
 * why ({@code "no person fields tagged (columns: line_id record_id, customer_id other_id, ...)"}).
 *
 * @param detail in words: the person fields it fed, where its record ids came from, or why it was left out
 */
public record SourceUse(String source, boolean people, long records, String detail) {
    public SourceUse {
        Objects.requireNonNull(source, "source");
        detail = detail == null ? "" : detail;
    }
}
