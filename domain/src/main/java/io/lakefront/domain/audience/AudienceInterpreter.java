package io.lakefront.domain.audience;

/**
 * Turns a description in plain words into a filter. The offline interpreter (deterministic parsing,
 * the workspace's value catalogue, the in-process embedding model) always exists; a configured
 * language model may improve on it, but its answer is parsed into a {@link Filter} and validated,
 * never executed.
 */
public interface AudienceInterpreter {
    Interpretation interpret(InterpretRequest request);
}
