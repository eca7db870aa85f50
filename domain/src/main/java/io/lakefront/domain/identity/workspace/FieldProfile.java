package io.lakefront.domain.identity.workspace;

import java.util.List;

/**
 * What one person field of a new source looks like next to the other sources: how often it is filled,
 * how unique its values are, how many of them the other sources' records (the gold table's members)
 * hold too, and the values several people share. The recommendations' evidence.
 *
 * @param columns     the source's columns that fill the field
 * @param records     the source's records
 * @param filled      of those, the records with a value (as the engine sees it: generic values are missing)
 * @param distinct    distinct values among them
 * @param overlapping distinct values that records of other sources hold too
 * @param overlapWith the other sources those values come from, most first
 * @param othersFilled the other sources' records with a value in the field
 * @param shared      values held by several people, most people first
 */
public record FieldProfile(String field, List<String> columns, int records, int filled, int distinct, int overlapping,
                           List<String> overlapWith, int othersFilled, List<Shared> shared) {
    /**
     * A value several people hold.
     *
     * @param people        people holding it, told apart by name (family name and given initial)
     * @param goldCustomers the other sources' clusters (of the latest run) holding it
     * @param newRecords    the new source's records with it
     */
    public record Shared(String value, int people, int goldCustomers, int newRecords) {
    }

    public FieldProfile {
        columns = List.copyOf(columns);
        overlapWith = List.copyOf(overlapWith);
        shared = List.copyOf(shared);
    }

    /** Share of the source's records with a value. */
    public double coverage() {
        return records == 0 ? 0 : (double) filled / records;
    }

    /** Distinct values per filled record: 1.0 when every record has its own. */
    public double uniqueness() {
        return filled == 0 ? 0 : (double) distinct / filled;
    }

    /** Share of the distinct values other sources hold too. */
    public double overlap() {
        return distinct == 0 ? 0 : (double) overlapping / distinct;
    }
}
