package io.lakefront.examples.scorer;

import io.lakefront.domain.identity.ComparedPair;
import io.lakefront.domain.identity.RecordKey;
import java.util.HashMap;
import java.util.Map;

/** A compared pair as the engine would hand it over, built field by field for one test. */
final class FakePair implements ComparedPair {
    private final Map<String, String> a = new HashMap<>();
    private final Map<String, String> b = new HashMap<>();
    private final Map<String, String> levels = new HashMap<>();

    /** Both records get the value. */
    FakePair both(String field, String value) {
        return with(field, value, value);
    }

    FakePair with(String field, String valueA, String valueB) {
        a.put(field, valueA);
        b.put(field, valueB);
        return this;
    }

    FakePair level(String comparison, String label) {
        levels.put(comparison, label);
        return this;
    }

    @Override public RecordKey recordA() { return new RecordKey("crm", "1"); }
    @Override public RecordKey recordB() { return new RecordKey("crm", "2"); }
    @Override public String valueA(String field) { return a.get(field); }
    @Override public String valueB(String field) { return b.get(field); }
    @Override public String level(String comparison) { return levels.get(comparison); }
    @Override public double modelWeight() { return 12.5; }
}
