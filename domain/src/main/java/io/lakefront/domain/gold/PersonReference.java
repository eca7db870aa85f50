package io.lakefront.domain.gold;

import io.lakefront.domain.prep.ColumnTag;
import io.lakefront.domain.prep.PreparedColumn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The column through which an event source names its people, found by trying every id-, email- or
 * phone-tagged column on a sample: as record ids of each person source, and as contact details
 * (email addresses, phone numbers). The column and reading that find a person for most sampled
 * values win; under {@value #MIN_FOUND} of them found, the source's events keep no customer.
 */
final class PersonReference {
    static final double MIN_FOUND = 0.5;
    private static final Set<ColumnTag> CANDIDATES = Set.of(ColumnTag.OTHER_ID, ColumnTag.EMAIL, ColumnTag.PHONE,
            ColumnTag.RECORD_ID, ColumnTag.TEXT, ColumnTag.UNKNOWN);

    private final int column;
    private final String targetSource;
    private final double found;
    private final String columnName;

    private PersonReference(int column, String targetSource, double found, String columnName) {
        this.column = column;
        this.targetSource = targetSource;
        this.found = found;
        this.columnName = columnName;
    }

    static Optional<PersonReference> find(List<PreparedColumn> columns, List<List<String>> sample, int ownIdColumn,
                                          List<String> personSources, PersonIndex index) {
        PersonReference best = null;
        for (int c = 0; c < columns.size(); c++) {
            if (c == ownIdColumn || !CANDIDATES.contains(columns.get(c).tag())) {
                continue;
            }
            for (String target : personSources) {
                best = better(best, candidate(c, columns, sample, target, index));
            }
            best = better(best, candidate(c, columns, sample, null, index));
        }
        return best == null || best.found < MIN_FOUND ? Optional.empty() : Optional.of(best);
    }

    private static PersonReference better(PersonReference best, PersonReference candidate) {
        return best == null || candidate.found > best.found ? candidate : best;
    }

    private static PersonReference candidate(int column, List<PreparedColumn> columns, List<List<String>> sample,
                                             String target, PersonIndex index) {
        PersonReference reference = new PersonReference(column, target, 0, columns.get(column).name());
        int present = 0;
        int hits = 0;
        for (List<String> row : sample) {
            String value = column < row.size() ? row.get(column) : null;
            if (value == null || value.isBlank()) {
                continue;
            }
            present++;
            if (reference.clusterOf(row, index) >= 0) {
                hits++;
            }
        }
        return new PersonReference(column, target, present == 0 ? 0 : (double) hits / present, columns.get(column).name());
    }

    /** The column's position in the source. */
    int column() {
        return column;
    }

    /** The row's person (cluster id), or -1. */
    long clusterOf(List<String> row, PersonIndex index) {
        String value = column < row.size() ? row.get(column) : null;
        return targetSource == null ? index.byContact(value) : index.byRecordId(targetSource, value);
    }

    String describe() {
        return "customer from column '" + columnName + "' ("
                + (targetSource == null ? "email addresses and phone numbers of the people"
                : "record ids of source " + targetSource)
                + String.format(Locale.ROOT, ", %.0f%% of sampled values found)", found * 100);
    }
}
