package io.lakefront.domain.decision;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of a {@link Reason}: an immutable map in insertion order backed by one array, so that the
 * engine can attach a dozen reasons to every decision without building hash maps. It equals any map
 * with the same entries ({@link AbstractMap}), so reasons still compare by value.
 */
final class ReasonValues extends AbstractMap<String, String> {
    private final String[] namesAndValues;
    private Set<Map.Entry<String, String>> entries;

    private ReasonValues(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /** From alternating names and values; a repeated name keeps its first place and its last value. */
    static ReasonValues of(String... namesAndValues) {
        String[] pairs = namesAndValues.clone();
        int n = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] == null) {
                throw new NullPointerException("a reason value has no name");
            }
            int at = -1;
            for (int j = 0; j < n && at < 0; j += 2) {
                at = pairs[j].equals(pairs[i]) ? j : -1;
            }
            if (at >= 0) {
                pairs[at + 1] = pairs[i + 1];
            } else {
                pairs[n] = pairs[i];
                pairs[n + 1] = pairs[i + 1];
                n += 2;
            }
        }
        return new ReasonValues(n == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, n));
    }

    @Override
    public int size() {
        return namesAndValues.length / 2;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(key)) {
                return namesAndValues[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        if (entries == null) {
            entries = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < namesAndValues.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (i >= namesAndValues.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, String> e = new SimpleImmutableEntry<>(namesAndValues[i], namesAndValues[i + 1]);
                            i += 2;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return namesAndValues.length / 2;
                }
            };
        }
        return entries;
    }
}
