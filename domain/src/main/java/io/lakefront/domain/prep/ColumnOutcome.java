package io.lakefront.domain.prep;

/**
 * What preparing did to one column.
 *
 * @param normalized values written in their canonical form by the column's rule
 * @param kept       values written as read, because the tag has no rule (ids, categories, free text)
 * @param quarantined values refused and sent to the quarantine (the field is left empty)
 * @param missing    empty values
 */
public record ColumnOutcome(String column, ColumnTag tag, double confidence, boolean edited, String rule,
                            long normalized, long kept, long quarantined, long missing) {
}
