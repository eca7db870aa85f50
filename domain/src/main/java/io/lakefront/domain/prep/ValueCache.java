package io.lakefront.domain.prep;

import java.util.HashMap;
import java.util.Map;

/**
 * A bounded memo of one column's normalized values, for one thread: customer files repeat their values
 * (first names, cities, birth dates, a household's phone number), and normalizing a value again costs a
 * regex, a date parse or a libphonenumber lookup (tens of microseconds). It remembers the first
 * {@link #CAPACITY} distinct values and then stops adding, so memory stays flat whatever the row count.
 * Every {@link #WINDOW} lookups it checks that at least one in 20 was a hit; a column whose values do not
 * repeat (e-mail addresses) turns its memo off and from then on costs nothing. Normalizers are pure
 * functions of the raw value (and, for phones, of the region), so a remembered outcome is the outcome.
 */
final class ValueCache {
    static final int CAPACITY = 16_384;
    static final int WINDOW = 16_384;
    private static final int ENOUGH_HITS = WINDOW / 20;

    private Map<String, Normalized> outcomes = new HashMap<>();
    private int lookups;
    private int hits;

    /** The remembered outcome of {@code key} (the raw value, with the region when it varies), or {@code null}. */
    Normalized get(String key) {
        if (outcomes == null) {
            return null;
        }
        Normalized found = outcomes.get(key);
        if (found != null) {
            hits++;
        }
        if (++lookups == WINDOW) {
            if (hits < ENOUGH_HITS) {
                outcomes = null;
            }
            lookups = 0;
            hits = 0;
        }
        return found;
    }

    void put(String key, Normalized outcome) {
        if (outcomes != null && outcomes.size() < CAPACITY) {
            outcomes.put(key, outcome);
        }
    }

    /** False once a window found too few repeats. */
    boolean active() {
        return outcomes != null;
    }
}
