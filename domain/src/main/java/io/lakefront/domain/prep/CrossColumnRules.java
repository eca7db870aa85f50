package io.lakefront.domain.prep;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decisions that need the whole table: a source has one record id, one birth date, and two name
 * columns that their headers do not explain are given name then family name, the order most files use.
 */
final class CrossColumnRules {
    private final List<TagColumns.ColumnScores> columns;

    CrossColumnRules(List<TagColumns.ColumnScores> columns) {
        this.columns = columns;
    }

    private static final Set<ColumnTag> IDS = EnumSet.of(ColumnTag.RECORD_ID, ColumnTag.OTHER_ID, ColumnTag.NATIONAL_ID);
    private static final Set<ColumnTag> ADDRESS = EnumSet.of(ColumnTag.STREET, ColumnTag.STREET_NUMBER,
            ColumnTag.ADDRESS_LINE2, ColumnTag.CITY, ColumnTag.REGION, ColumnTag.COUNTRY);

    void apply() {
        postcodesAmongAddressColumns();
        oneRecordId();
        oneCity();
        oneBirthDate();
        unnamedNameColumns();
    }

    private void oneRecordId() {
        List<TagColumns.ColumnScores> ids = columns.stream().filter(c -> c.best() == ColumnTag.RECORD_ID).toList();
        if (ids.size() < 2) {
            return;
        }
        // The strongest wins; on a near tie the leftmost, since files lead with their own key.
        TagColumns.ColumnScores keeper = ids.stream()
                .max(Comparator.comparingDouble((TagColumns.ColumnScores c) -> c.score(ColumnTag.RECORD_ID) - 0.02 * c.position))
                .orElseThrow();
        for (TagColumns.ColumnScores other : ids) {
            if (other == keeper) {
                continue;
            }
            // Unique values that are not this table's key are either another system's id or, when the
            // values say something else clearly enough (unique zips in a small sample), that.
            ColumnTag next = other.meaningfulHeader ? null : other.bestExcept(IDS, 0.4);
            if (next != null) {
                other.force(next, "\"" + keeper.header.strip() + "\" is the record id; next best reading");
            } else {
                other.force(ColumnTag.OTHER_ID, "\"" + keeper.header.strip() + "\" is the record id; this is another system's id");
            }
        }
    }

    /**
     * A unique 4- or 5-digit column looks like an id on its own; between the street and the city it is the
     * postcode. Only when the header does not say otherwise.
     */
    private void postcodesAmongAddressColumns() {
        for (TagColumns.ColumnScores column : columns) {
            if (!IDS.contains(column.best()) || column.meaningfulHeader || column.score(ColumnTag.POSTCODE) < 0.35) {
                continue;
            }
            for (int neighbour : new int[] {column.position - 1, column.position + 1}) {
                if (neighbour >= 0 && neighbour < columns.size() && ADDRESS.contains(columns.get(neighbour).best())) {
                    column.force(ColumnTag.POSTCODE, "next to the " + columns.get(neighbour).best().code() + " column");
                    break;
                }
            }
        }
    }

    /**
     * Two place-name columns whose headers do not both say city: the one with more known cities (on a tie
     * the later one, since addresses run street, line 2, city) is the city; one right after a street
     * column is the address's second line.
     */
    private void oneCity() {
        List<TagColumns.ColumnScores> cities = columns.stream().filter(c -> c.best() == ColumnTag.CITY).toList();
        if (cities.size() < 2) {
            return;
        }
        TagColumns.ColumnScores keeper = cities.stream()
                .max(Comparator.comparingDouble((TagColumns.ColumnScores c) -> c.score(ColumnTag.CITY) + 0.001 * c.position)).orElseThrow();
        for (TagColumns.ColumnScores other : cities) {
            if (other == keeper || other.headerScore(ColumnTag.CITY) >= 0.5 || other.position == 0) {
                continue;
            }
            ColumnTag before = columns.get(other.position - 1).best();
            if (before == ColumnTag.STREET || before == ColumnTag.STREET_NUMBER) {
                other.force(ColumnTag.ADDRESS_LINE2, "between the street and the city (\"" + keeper.header.strip() + "\")");
            }
        }
    }

    private void oneBirthDate() {
        List<TagColumns.ColumnScores> births = columns.stream().filter(c -> c.best() == ColumnTag.BIRTH_DATE).toList();
        if (births.size() < 2) {
            return;
        }
        TagColumns.ColumnScores keeper = births.stream()
                .max(Comparator.comparingDouble((TagColumns.ColumnScores c) -> c.score(ColumnTag.BIRTH_DATE))).orElseThrow();
        for (TagColumns.ColumnScores other : births) {
            if (other != keeper) {
                other.force(ColumnTag.DATE, "\"" + keeper.header.strip() + "\" is the birth date");
            }
        }
    }

    private void unnamedNameColumns() {
        List<TagColumns.ColumnScores> names = columns.stream()
                .filter(c -> c.best() == ColumnTag.GIVEN_NAME || c.best() == ColumnTag.FAMILY_NAME)
                .filter(c -> c.headerScore(ColumnTag.GIVEN_NAME) < 0.5 && c.headerScore(ColumnTag.FAMILY_NAME) < 0.5)
                .toList();
        if (names.size() != 2 || names.get(0).best() != names.get(1).best()) {
            return;
        }
        names.get(0).force(ColumnTag.GIVEN_NAME, "first of two name columns");
        names.get(1).force(ColumnTag.FAMILY_NAME, "second of two name columns");
    }
}
