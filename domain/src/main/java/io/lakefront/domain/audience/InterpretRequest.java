package io.lakefront.domain.audience;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A description to understand, optionally as a refinement of an audience already built
 * ("only those in Texas", "exclude anyone with an open ticket" change {@code current}), with the
 * answers given so far to clarifying questions (ambiguous words → the chosen {@link Interpretation.Choice#key}).
 */
public record InterpretRequest(String text, Optional<Interpretation> current, Map<String, String> answers) {
    public InterpretRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(current, "current");
        answers = Map.copyOf(answers);
    }

    public static InterpretRequest of(String text) {
        return new InterpretRequest(text, Optional.empty(), Map.of());
    }

    public InterpretRequest answering(String words, String choiceKey) {
        var all = new java.util.LinkedHashMap<>(answers);
        all.put(words, choiceKey);
        return new InterpretRequest(text, current, all);
    }
}
