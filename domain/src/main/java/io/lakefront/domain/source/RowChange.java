package io.lakefront.domain.source;

/** What an incremental sync did with one row. */
public enum RowChange {
    /** A record id not staged before: appended. */
    INSERTED,
    /** A staged record whose values changed: its row replaced. */
    UPDATED,
    /** A staged record delivered again with the same values. */
    UNCHANGED
}
