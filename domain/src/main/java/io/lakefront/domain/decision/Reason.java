package io.lakefront.domain.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One structured reason behind a decision: a code and the values that fill its sentence. The sentence
 * ({@link #text()}) is rendered only when asked for, so that the engine can keep full traces at speed.
 *
 * @param values the placeholders of {@link ReasonCode#template()} by name, in the order they were added
 */
public record Reason(ReasonCode code, Map<String, String> values) {
    public Reason {
        Objects.requireNonNull(code, "code");
        // The engine's own values are already immutable and ordered; anything else is copied.
        values = values instanceof ReasonValues ? values
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A reason from alternating names and values: {@code Reason.of(FREQUENCY_CAP, "count", "2", "cap", "2")}. */
    public static Reason of(ReasonCode code, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(code + ": names and values must come in pairs");
        }
        return new Reason(code, ReasonValues.of(namesAndValues));
    }

    /** The plain-language sentence: the code's template with every {@code {name}} replaced by its value. */
    public String text() {
        return code.render(values);
    }

    public ReasonKind kind() {
        return code.kind();
    }
}
